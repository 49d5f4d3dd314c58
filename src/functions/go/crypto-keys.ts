/**
 * Private keys as Sprig handles them (crypto.go `generatePrivateKey`, `pemBlockForKey`,
 * `parsePrivateKeyPEM`): RSA as PKCS#1, DSA as Sprig's own ASN.1 struct, ECDSA as SEC 1,
 * Ed25519 as PKCS#8, each PEM-encoded like Go's encoding/pem.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { children, integer, octetString, oid, readDer, sequence, toBigInt } from './asn1.js';

/** KeyKind is the Go key type behind a key. */
export type KeyKind = 'rsa' | 'dsa' | 'ecdsa' | 'ed25519';

/** PrivateKey is a parsed or generated private key. */
export interface PrivateKey {
  kind: KeyKind;
  key: KeyObject;
  /** DSA keys keep their parameters (Node cannot export DSA keys in Sprig's format). */
  dsa?: { p: bigint; q: bigint; g: bigint; y: bigint; x: bigint };
}

/** KeyError carries Go's error text for a key that cannot be used. */
export class KeyError extends Error {
  readonly code = 'KEY';
}

/** pemEncode is `pem.EncodeToMemory` (base64 in 64-column lines). */
export function pemEncode(type: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.map((l) => l + '\n').join('')}-----END ${type}-----\n`;
}

/** pemDecode is `pem.Decode` for the first block (null when there is none). */
export function pemDecode(text: string): { type: string; der: Uint8Array } | null {
  const m = /-----BEGIN ([^\n-]*)-----\r?\n((?:[^-][^\n]*\n|\r?\n)*?)-----END \1-----/.exec(text);
  if (!m) return null;
  const body = m[2]
    .split('\n')
    .filter((l) => !/^[^:]+:/.test(l))
    .join('');
  return { type: m[1], der: Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64')) };
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % mod;
    b = (b * b) % mod;
  }
  return r;
}

function dsaParams(key: KeyObject): NonNullable<PrivateKey['dsa']> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const [info] = readDer(Uint8Array.from(der));
  const [, alg, priv] = children(info);
  const [p, q, g] = children(children(alg)[1]).map(toBigInt);
  const x = toBigInt(readDer(priv.content)[0]);
  return { p, q, g, x, y: modPow(g, x, p) };
}

/** generatePrivateKey generates a key like Sprig's genPrivateKey (RSA 4096 by default). */
export function generatePrivateKey(typ: string): PrivateKey | null {
  switch (typ) {
    case '':
    case 'rsa':
      return { kind: 'rsa', key: generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey };
    case 'dsa': {
      const key = generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey;
      return { kind: 'dsa', key, dsa: dsaParams(key) };
    }
    case 'ecdsa':
      return { kind: 'ecdsa', key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey };
    case 'ed25519':
      return { kind: 'ed25519', key: generateKeyPairSync('ed25519').privateKey };
    default:
      return null;
  }
}

/** generateRSA2048 is the key genCA/genSelfSignedCert/genSignedCert create. */
export function generateRSA2048(): PrivateKey {
  return { kind: 'rsa', key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey };
}

/** pemForKey is Sprig's `pemBlockForKey` encoded to text. */
export function pemForKey(k: PrivateKey): string {
  switch (k.kind) {
    case 'rsa':
      return pemEncode('RSA PRIVATE KEY', Uint8Array.from(k.key.export({ type: 'pkcs1', format: 'der' })));
    case 'ecdsa':
      return pemEncode('EC PRIVATE KEY', Uint8Array.from(k.key.export({ type: 'sec1', format: 'der' })));
    case 'ed25519':
      return pemEncode('PRIVATE KEY', Uint8Array.from(k.key.export({ type: 'pkcs8', format: 'der' })));
    case 'dsa': {
      const d = k.dsa ?? dsaParams(k.key);
      return pemEncode(
        'DSA PRIVATE KEY',
        sequence(integer(0), integer(d.p), integer(d.q), integer(d.g), integer(d.y), integer(d.x)),
      );
    }
  }
}

function kindOf(key: KeyObject): KeyKind {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return 'rsa';
    case 'ec':
      if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') break;
      return 'ecdsa';
    case 'ed25519':
      return 'ed25519';
    case 'dsa':
      return 'dsa';
  }
  throw new KeyError(`x509: unknown key type ${key.asymmetricKeyType ?? ''}`);
}

function dsaFromSprigDer(der: Uint8Array): PrivateKey {
  const [, p, q, g, y, x] = children(readDer(der)[0]).map(toBigInt);
  const pkcs8 = sequence(
    integer(0),
    sequence(oid('1.2.840.10040.4.1'), sequence(integer(p), integer(q), integer(g))),
    octetString(integer(x)),
  );
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  return { kind: 'dsa', key, dsa: { p, q, g, y, x } };
}

function load(der: Uint8Array, type: 'pkcs8' | 'pkcs1' | 'sec1', prefix: string): PrivateKey {
  try {
    const key = createPrivateKey({ key: Buffer.from(der), format: 'der', type });
    return { kind: kindOf(key), key };
  } catch (e) {
    if (e instanceof KeyError) throw new KeyError(`${prefix}: ${e.message}`);
    throw new KeyError(`${prefix}: asn1: structure error: malformed key`);
  }
}

/** parsePrivateKeyPEM is Sprig's `parsePrivateKeyPEM`; throws {@link KeyError} with its texts. */
export function parsePrivateKeyPEM(text: string): PrivateKey {
  const block = pemDecode(text);
  if (!block) throw new KeyError('no PEM data in input');
  if (block.type === 'PRIVATE KEY') return load(block.der, 'pkcs8', 'decoding PEM as PKCS#8');
  if (!block.type.endsWith(' PRIVATE KEY'))
    throw new KeyError(`no private key data in PEM block of type ${block.type}`);
  switch (block.type.slice(0, -12)) {
    case 'RSA':
      return load(block.der, 'pkcs1', 'parsing RSA private key from PEM');
    case 'EC':
      return load(block.der, 'sec1', 'parsing EC private key from PEM');
    case 'DSA':
      try {
        return dsaFromSprigDer(block.der);
      } catch {
        throw new KeyError('parsing DSA private key from PEM: asn1: structure error');
      }
    default:
      throw new KeyError(`invalid private key type ${block.type}`);
  }
}

/** publicKeyDer returns the SubjectPublicKeyInfo of a private key. */
export function publicKeyDer(k: PrivateKey): Uint8Array {
  if (k.kind === 'dsa') throw new KeyError('x509: unsupported public key type: *dsa.PublicKey');
  return Uint8Array.from(createPublicKey(k.key).export({ type: 'spki', format: 'der' }));
}
