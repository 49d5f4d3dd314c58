/**
 * Sprig's crypto functions (Masterminds/sprig v3.3.0 `crypto.go`): hashes, bcrypt/htpasswd,
 * the Master Password `derivePassword`, key and certificate generation (certificates are
 * `sprig.certificate{Cert, Key}` structs of PEM text), AES-CBC `encryptAES`/`decryptAES`,
 * `randBytes`, `uuidv4`, and Helm's `getHostByName` stub.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomUUID,
  scryptSync,
} from 'node:crypto';
import bcryptjs from 'bcryptjs';
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoSlice, GoStruct, type GoInt, type GoValue } from '../template/value.js';
import { base64Decode, base64Encode, CorruptInputError } from './go/base-n.js';
import {
  generatePrivateKey,
  generateRSA2048,
  KeyError,
  parsePrivateKeyPEM,
  pemDecode,
  pemEncode,
  pemForKey,
  type PrivateKey,
} from './go/crypto-keys.js';
import { formatValue } from '../template/fmt.js';
import { MAX_RANDOM_LENGTH } from '../common/limits.js';
import { utf8Bytes, utf8String } from './go/utf8.js';
import {
  certificateError,
  createCertificate,
  parseIP,
  parseParent,
  type CertTemplate,
  type ParentCert,
} from './go/x509.js';

const CERT = 'sprig.certificate';
const LIST = '[]interface {}';
const RESULT = [CERT, 'error'];
const nondet = { hermetic: false } as const;

const hex = (alg: string) => (s: string) => createHash(alg).update(utf8Bytes(s)).digest('hex');

function adler32(s: string): string {
  let a = 1;
  let b = 0;
  for (const x of utf8Bytes(s)) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return String(((b << 16) | a) >>> 0);
}

function bcrypt(input: string): string {
  if (utf8Bytes(input).length > 72)
    return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
  // Go's x/crypto/bcrypt writes the `$2a$` prefix; the algorithm is the same for these lengths.
  const salt = bcryptjs.genSaltSync(10).replace(/^\$2b\$/, '$2a$');
  return bcryptjs.hashSync(input, salt);
}

function htpasswd(user: string, pass: string): string {
  if (user.includes(':')) return `invalid username: ${user}`;
  return `${user}:${bcrypt(pass)}`;
}

const TEMPLATES: Record<string, string[]> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    'CvcvnoCvcvCvcv',
    'CvcvCvcvnoCvcv',
    'CvcvCvcvCvcvno',
    'CvccnoCvcvCvcv',
    'CvccCvcvnoCvcv',
    'CvccCvcvCvcvno',
    'CvcvnoCvccCvcv',
    'CvcvCvccnoCvcv',
    'CvcvCvccCvcvno',
    'CvcvnoCvcvCvcc',
    'CvcvCvcvnoCvcc',
    'CvcvCvcvCvccno',
    'CvccnoCvccCvcv',
    'CvccCvccnoCvcv',
    'CvccCvccCvcvno',
    'CvcvnoCvccCvcc',
    'CvcvCvccnoCvcc',
    'CvcvCvccCvccno',
    'CvccnoCvcvCvcc',
    'CvccCvcvnoCvcc',
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
};

const CHARS: Record<string, string> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};

const SEED = 'com.lyndir.masterpassword';

function u32(n: number | bigint): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(Number(BigInt.asUintN(32, BigInt(n))));
  return b;
}

/** derivePassword is the Master Password algorithm (scrypt N=32768 r=8 p=2, HMAC-SHA256 seed). */
function derivePassword(counter: GoInt, type: string, password: string, user: string, site: string): string {
  const templates = TEMPLATES[type];
  if (!templates) return `cannot find password template ${type}`;
  const userB = Buffer.from(utf8Bytes(user));
  const siteB = Buffer.from(utf8Bytes(site));
  const salt = Buffer.concat([Buffer.from(SEED), u32(userB.length), userB]);
  const key = scryptSync(Buffer.from(utf8Bytes(password)), salt, 64, {
    N: 32768,
    r: 8,
    p: 2,
    maxmem: 256 * 1024 * 1024,
  });
  const seed = createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(SEED), u32(siteB.length), siteB, u32(counter.v)]))
    .digest();
  const temp = templates[seed[0] % templates.length];
  let out = '';
  for (let i = 0; i < temp.length; i++) {
    const chars = CHARS[temp[i]];
    out += chars[seed[i + 1] % chars.length];
  }
  return out;
}

function genPrivateKey(typ: string): string {
  const k = generatePrivateKey(typ);
  return k ? pemForKey(k) : `Unknown type ${typ}`;
}

/** certificate builds Sprig's `certificate` struct value. */
function certificate(cert: string, key: string): GoStruct {
  return new GoStruct(
    'sprig.certificate',
    new Map<string, GoValue>([
      ['Cert', cert],
      ['Key', key],
    ]),
  );
}

function certFields(c: GoValue): { cert: string; key: string } {
  const s = c instanceof GoStruct ? c : undefined;
  return { cert: String(s?.fields.get('Cert') ?? ''), key: String(s?.fields.get('Key') ?? '') };
}

function ipList(ips: GoSlice | null): Uint8Array[] {
  return (ips?.items ?? []).map((ip) => {
    if (typeof ip !== 'string') throw new FunctionError(`error parsing ip: ${formatValue(ip)} is not a string`);
    const parsed = parseIP(ip);
    if (!parsed) throw new FunctionError(`error parsing ip: ${ip}`);
    return parsed;
  });
}

function dnsList(names: GoSlice | null): string[] {
  return (names?.items ?? []).map((d) => {
    if (typeof d !== 'string')
      throw new FunctionError(`error processing alternate dns name: ${formatValue(d)} is not a string`);
    return d;
  });
}

function certAndKey(t: CertTemplate, signee: PrivateKey, signer: PrivateKey, parent?: ParentCert): GoStruct {
  try {
    const der = createCertificate(t, signee, signer, parent);
    return certificate(pemEncode('CERTIFICATE', der), pemForKey(signee));
  } catch (e) {
    if (e instanceof KeyError) throw new FunctionError(`error creating certificate: ${e.message}`);
    throw e;
  }
}

function keyFromPEM(pem: string, prefix: string): PrivateKey {
  try {
    return parsePrivateKeyPEM(pem);
  } catch (e) {
    if (e instanceof KeyError) throw new FunctionError(`${prefix}${e.message}`);
    throw e;
  }
}

type KeyIdHash = CertTemplate['keyIdHash'];

function template(
  cn: string,
  ips: GoSlice | null,
  dns: GoSlice | null,
  days: GoInt,
  isCA: boolean,
  keyIdHash: KeyIdHash = 'sha256',
): CertTemplate {
  return { cn, ips: ipList(ips), dnsNames: dnsList(dns), daysValid: Number(days.v), isCA, keyIdHash };
}

function genCA(cn: string, days: GoInt, keyIdHash: KeyIdHash, key?: PrivateKey): GoStruct {
  const priv = key ?? generateRSA2048();
  return certAndKey(template(cn, null, null, days, true, keyIdHash), priv, priv);
}

/**
 * caFunctions builds genCA/genCAWithKey for the Go release Helm is built with: a CA's
 * SubjectKeyId is SHA-1 of the key with Go 1.23 (Helm 3.17) and truncated SHA-256 with Go 1.25 (Helm 4).
 */
function caFunctions(keyIdHash: KeyIdHash): FunctionTable {
  return {
    genCA: {
      params: ['string', 'int'],
      results: RESULT,
      fn: (cn: string, d: GoInt) => genCA(cn, d, keyIdHash),
      hermetic: false,
    },
    genCAWithKey: {
      params: ['string', 'int', 'string'],
      results: RESULT,
      fn: (cn: string, d: GoInt, pem: string) => genCA(cn, d, keyIdHash, keyFromPEM(pem, 'parsing private key: ')),
      hermetic: false,
    },
  };
}

function genSelfSigned(cn: string, ips: GoSlice | null, dns: GoSlice | null, days: GoInt, key?: PrivateKey): GoStruct {
  const t = template(cn, ips, dns, days, false);
  const priv = key ?? generateRSA2048();
  return certAndKey(t, priv, priv);
}

function genSigned(
  cn: string,
  ips: GoSlice | null,
  dns: GoSlice | null,
  days: GoInt,
  ca: GoValue,
  key?: PrivateKey,
): GoStruct {
  const priv = key ?? generateRSA2048();
  const { cert, key: caKey } = certFields(ca);
  const block = pemDecode(cert);
  if (!block) throw new FunctionError('unable to decode certificate');
  const bad = certificateError(block.der);
  if (bad) throw new FunctionError(`error parsing certificate: decodedSignerCert.Bytes: ${bad}`);
  const parent: ParentCert = parseParent(block.der);
  const signer = keyFromPEM(caKey, 'error parsing private key: ');
  return certAndKey(template(cn, ips, dns, days, false), priv, signer, parent);
}

function buildCustomCert(b64cert: string, b64key: string): GoStruct {
  let cert: Uint8Array;
  let key: Uint8Array;
  try {
    cert = base64Decode(utf8Bytes(b64cert));
  } catch {
    throw new FunctionError('unable to decode base64 certificate');
  }
  try {
    key = base64Decode(utf8Bytes(b64key));
  } catch {
    throw new FunctionError('unable to decode base64 private key');
  }
  const block = pemDecode(utf8String(cert));
  if (!block) throw new FunctionError('unable to decode certificate');
  const bad = certificateError(block.der);
  if (bad) throw new FunctionError(`error parsing certificate: decodedCert.Bytes: ${bad}`);
  keyFromPEM(utf8String(key), 'error parsing private key: ');
  return certificate(utf8String(cert), utf8String(key));
}

function aesKey(password: string): Buffer {
  const key = Buffer.alloc(32);
  Buffer.from(utf8Bytes(password)).copy(key, 0, 0, 32);
  return key;
}

function encryptAES(password: string, plaintext: string): string {
  if (plaintext === '') return '';
  const iv = randomBytes(16);
  const c = createCipheriv('aes-256-cbc', aesKey(password), iv);
  return base64Encode(Buffer.concat([iv, c.update(Buffer.from(utf8Bytes(plaintext))), c.final()]));
}

function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  let crypt: Uint8Array;
  try {
    crypt = base64Decode(utf8Bytes(crypt64));
  } catch (e) {
    if (e instanceof CorruptInputError) throw new FunctionError(e.message);
    throw e;
  }
  if (crypt.length < 16)
    throw new FunctionError(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
  const body = crypt.subarray(16);
  if (body.length % 16 !== 0) throw new FunctionError('crypto/cipher: input not full blocks');
  const d = createDecipheriv('aes-256-cbc', aesKey(password), crypt.subarray(0, 16));
  d.setAutoPadding(false);
  const out = Buffer.concat([d.update(body), d.final()]);
  if (out.length === 0) throw new FunctionError('runtime error: index out of range [-1]');
  const end = out.length - out[out.length - 1];
  if (end < 0) throw new FunctionError(`runtime error: slice bounds out of range [:${end}]`);
  return utf8String(out.subarray(0, end));
}

function randBytes(count: GoInt): string {
  if (count.v < 0n) throw new FunctionError('runtime error: makeslice: len out of range');
  if (count.v > BigInt(MAX_RANDOM_LENGTH)) throw new FunctionError(`random string of ${count.v} bytes exceeds k8slint's limit of ${MAX_RANDOM_LENGTH}`);
  return base64Encode(randomBytes(Number(count.v)));
}

/** cryptoFunctions: Sprig's crypto family plus Helm's offline getHostByName. */
export const cryptoFunctions: FunctionTable = {
  sha1sum: { params: ['string'], results: ['string'], fn: hex('sha1') },
  sha256sum: { params: ['string'], results: ['string'], fn: hex('sha256') },
  sha512sum: { params: ['string'], results: ['string'], fn: hex('sha512') },
  adler32sum: { params: ['string'], results: ['string'], fn: adler32 },
  bcrypt: { params: ['string'], results: ['string'], fn: bcrypt, ...nondet },
  htpasswd: { params: ['string', 'string'], results: ['string'], fn: htpasswd, ...nondet },
  derivePassword: {
    params: ['uint32', 'string', 'string', 'string', 'string'],
    results: ['string'],
    fn: derivePassword,
  },
  genPrivateKey: { params: ['string'], results: ['string'], fn: genPrivateKey, ...nondet },
  buildCustomCert: { params: ['string', 'string'], results: RESULT, fn: buildCustomCert },
  ...caFunctions('sha256'),
  genSelfSignedCert: {
    params: ['string', LIST, LIST, 'int'],
    results: RESULT,
    fn: (cn: string, ips: GoSlice | null, dns: GoSlice | null, d: GoInt) => genSelfSigned(cn, ips, dns, d),
    ...nondet,
  },
  genSelfSignedCertWithKey: {
    params: ['string', LIST, LIST, 'int', 'string'],
    results: RESULT,
    fn: (cn: string, ips: GoSlice | null, dns: GoSlice | null, d: GoInt, pem: string) =>
      genSelfSigned(cn, ips, dns, d, keyFromPEM(pem, 'parsing private key: ')),
    ...nondet,
  },
  genSignedCert: {
    params: ['string', LIST, LIST, 'int', CERT],
    results: RESULT,
    fn: (cn: string, ips: GoSlice | null, dns: GoSlice | null, d: GoInt, ca: GoValue) => genSigned(cn, ips, dns, d, ca),
    ...nondet,
  },
  genSignedCertWithKey: {
    params: ['string', LIST, LIST, 'int', CERT, 'string'],
    results: RESULT,
    fn: (cn: string, ips: GoSlice | null, dns: GoSlice | null, d: GoInt, ca: GoValue, pem: string) =>
      genSigned(cn, ips, dns, d, ca, keyFromPEM(pem, 'parsing private key: ')),
    ...nondet,
  },
  encryptAES: { params: ['string', 'string'], results: ['string', 'error'], fn: encryptAES, ...nondet },
  decryptAES: { params: ['string', 'string'], results: ['string', 'error'], fn: decryptAES },
  randBytes: { params: ['int'], results: ['string', 'error'], fn: randBytes, ...nondet },
  uuidv4: { params: [], results: ['string'], fn: () => randomUUID(), ...nondet },
  getHostByName: { params: ['string'], results: ['string'], fn: () => '' },
};

/** cryptoFunctionsHelm3: the entries that differ when built with Go 1.23 (Helm 3.17). */
export const cryptoFunctionsHelm3: FunctionTable = caFunctions('sha1');
