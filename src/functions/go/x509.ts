/**
 * X.509 certificate creation as Go's `x509.CreateCertificate` does it for Sprig's templates
 * (crypto.go `getBaseCertTemplate`): v3, 128-bit random serial, CN-only subject, validity from
 * now for `days`, KeyUsage (critical), ExtKeyUsage serverAuth+clientAuth, BasicConstraints
 * (critical), SubjectKeyId for CAs, AuthorityKeyId from the parent, SANs.
 */
import { createHash, createPublicKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import {
  bitString,
  boolean,
  children,
  explicit,
  goString,
  goTimeValue,
  integer,
  nullValue,
  octetString,
  oid,
  readDer,
  sequence,
  set,
  tlv,
  type DerNode,
} from './asn1.js';
import { KeyError, publicKeyDer, type PrivateKey } from './crypto-keys.js';

/** CertTemplate is the part of `x509.Certificate` Sprig fills in. */
export interface CertTemplate {
  cn: string;
  ips: Uint8Array[];
  dnsNames: string[];
  daysValid: number;
  isCA: boolean;
  /** Go ≤1.24 derives a missing SubjectKeyId with SHA-1, Go ≥1.25 with SHA-256 truncated to 160 bits. */
  keyIdHash: 'sha1' | 'sha256';
}

/** ParentCert is the issuing certificate (parsed) for non-self-signed certificates. */
export interface ParentCert {
  subject: Uint8Array;
  subjectKeyId?: Uint8Array;
  spki: Uint8Array;
}

const KU_DIGITAL_SIGNATURE = 1;
const KU_KEY_ENCIPHERMENT = 4;
const KU_CERT_SIGN = 32;

function reverseBits(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 1 << (7 - i);
  return r;
}

/** keyUsageExt is Go's marshalKeyUsage: bits reversed, minimal BIT STRING. */
function keyUsageExt(ku: number): Uint8Array {
  const a = [reverseBits(ku & 0xff), reverseBits((ku >> 8) & 0xff)];
  const bytes = a[1] !== 0 ? a : [a[0]];
  let unused = 0;
  const last = bytes[bytes.length - 1];
  while (unused < 8 && (last & (1 << unused)) === 0) unused++;
  return extension('2.5.29.15', true, bitString(bytes, unused === 8 ? 0 : unused));
}

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}

function subjectName(cn: string): Uint8Array {
  if (cn === '') return sequence();
  return sequence(set(sequence(oid('2.5.4.3'), goString(cn))));
}

/** keyIdOf is the SubjectKeyId Go derives from the subjectPublicKey bits. */
function keyIdOf(spki: Uint8Array, hash: 'sha1' | 'sha256'): Uint8Array {
  const [info] = readDer(spki);
  const bits = children(info)[1];
  return Uint8Array.from(createHash(hash).update(bits.content.subarray(1)).digest().subarray(0, 20));
}

function signatureAlgorithm(k: PrivateKey): { alg: Uint8Array; hash: string | null } {
  switch (k.kind) {
    case 'rsa':
      return { alg: sequence(oid('1.2.840.113549.1.1.11'), nullValue()), hash: 'sha256' };
    case 'ecdsa':
      return { alg: sequence(oid('1.2.840.10045.4.3.2')), hash: 'sha256' };
    case 'ed25519':
      return { alg: sequence(oid('1.3.101.112')), hash: null };
    case 'dsa':
      throw new KeyError('x509: certificate private key does not implement crypto.Signer');
  }
}

function sanExt(t: CertTemplate): Uint8Array {
  const names = [...t.dnsNames.map((d) => tlv(0x82, Buffer.from(d, 'utf8'))), ...t.ips.map((ip) => tlv(0x87, ip))];
  return extension('2.5.29.17', t.cn === '', sequence(...names));
}

function randomSerial(): bigint {
  return BigInt('0x' + randomBytes(16).toString('hex'));
}

/**
 * createCertificate returns the DER of a certificate for `t` with public key `signee`, signed by
 * `signer` (self-signed when `parent` is undefined). Throws {@link KeyError} with Go's texts.
 */
export function createCertificate(
  t: CertTemplate,
  signee: PrivateKey,
  signer: PrivateKey,
  parent?: ParentCert,
): Uint8Array {
  const { alg, hash } = signatureAlgorithm(signer);
  const spki = publicKeyDer(signee);
  if (parent && Buffer.compare(Buffer.from(publicKeyDer(signer)), Buffer.from(parent.spki)) !== 0) {
    throw new KeyError("x509: provided PrivateKey doesn't match parent's PublicKey");
  }
  const subject = subjectName(t.cn);
  const issuer = parent ? parent.subject : subject;
  const now = Math.floor(Date.now() / 1000) * 1000;
  const ku = KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT | (t.isCA ? KU_CERT_SIGN : 0);
  const exts = [
    keyUsageExt(ku),
    extension('2.5.29.37', false, sequence(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))),
    extension('2.5.29.19', true, t.isCA ? sequence(boolean(true)) : sequence()),
  ];
  if (t.isCA) exts.push(extension('2.5.29.14', false, octetString(keyIdOf(spki, t.keyIdHash))));
  const selfIssued = Buffer.compare(Buffer.from(issuer), Buffer.from(subject)) === 0;
  if (!selfIssued && parent?.subjectKeyId)
    exts.push(extension('2.5.29.35', false, sequence(tlv(0x80, parent.subjectKeyId))));
  if (t.dnsNames.length > 0 || t.ips.length > 0) exts.push(sanExt(t));
  const tbs = sequence(
    explicit(0, integer(2)),
    integer(randomSerial()),
    alg,
    issuer,
    sequence(goTimeValue(new Date(now)), goTimeValue(new Date(now + t.daysValid * 86_400_000))),
    subject,
    spki,
    explicit(3, sequence(...exts)),
  );
  const sig = sign(hash, tbs, signer.key);
  return sequence(tbs, alg, bitString(Uint8Array.from(sig)));
}

/** parseParent extracts issuer data from a CA certificate's DER; throws on malformed input. */
export function parseParent(der: Uint8Array): ParentCert {
  const [cert] = readDer(der);
  const tbs = children(children(cert)[0]);
  const off = tbs[0].tag === 0xa0 ? 1 : 0;
  const subject = tbs[off + 4].raw;
  const spki = tbs[off + 5].raw;
  let subjectKeyId: Uint8Array | undefined;
  const extsNode = tbs.find((n) => n.tag === 0xa3);
  if (extsNode) {
    for (const ext of children(children(extsNode)[0])) {
      const parts = children(ext);
      if (Buffer.from(parts[0].raw).equals(Buffer.from(oid('2.5.29.14')))) {
        const value: DerNode = parts[parts.length - 1];
        subjectKeyId = Uint8Array.from(readDer(value.content)[0].content);
      }
    }
  }
  createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  return { subject: Uint8Array.from(subject), spki: Uint8Array.from(spki), subjectKeyId };
}

/** parseIP is Go's `net.ParseIP` (IPv4 as 4 bytes, as x509 stores it; IPv6 as 16); null if invalid. */
export function parseIP(s: string): Uint8Array | null {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    if (parts.some((p, i) => p > 255 || (v4[i + 1].length > 1 && v4[i + 1][0] === '0'))) return null;
    return Uint8Array.from(parts);
  }
  if (!s.includes(':')) return null;
  return parseIPv6(s);
}

function parseIPv6(s: string): Uint8Array | null {
  let str = s;
  const out = new Uint8Array(16);
  let tail: number[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(str);
  if (v4) {
    const ip4 = parseIP(v4[2]);
    if (!ip4) return null;
    tail = [...ip4];
    str = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
  }
  const halves = str.split('::');
  if (halves.length > 2) return null;
  const words = (h: string): number[] | null => {
    if (h === '') return [];
    const ws = h.split(':');
    if (ws.some((w) => !/^[0-9a-fA-F]{1,4}$/.test(w))) return null;
    return ws.map((w) => parseInt(w, 16));
  };
  const head = words(halves[0]);
  const rest = halves.length === 2 ? words(halves[1]) : [];
  if (!head || !rest) return null;
  const total = (head.length + rest.length) * 2 + tail.length;
  if (halves.length === 1 ? total !== 16 : total > 14) return null;
  const bytes = (ws: number[]): number[] => ws.flatMap((w) => [w >> 8, w & 0xff]);
  out.set(bytes(head), 0);
  const back = [...bytes(rest), ...tail];
  out.set(back, 16 - back.length);
  const isV4Mapped = out.subarray(0, 10).every((b) => b === 0) && out[10] === 0xff && out[11] === 0xff;
  return isV4Mapped ? out.subarray(12) : out;
}

/**
 * certificateError returns the error Go's `x509.ParseCertificate` gives for `der`, or null when
 * the certificate parses. Only the outer layers are told apart (as Go does first); deeper
 * problems are reported as a malformed certificate.
 */
export function certificateError(der: Uint8Array): string | null {
  let outer: DerNode;
  try {
    const [node, end] = readDer(der);
    if (node.tag !== 0x30 || end !== der.length) return 'x509: malformed certificate';
    outer = node;
  } catch {
    return 'x509: malformed certificate';
  }
  try {
    const [tbs] = readDer(outer.content);
    if (tbs.tag !== 0x30) return 'x509: malformed tbs certificate';
  } catch {
    return 'x509: malformed tbs certificate';
  }
  try {
    new X509Certificate(Buffer.from(der));
    return null;
  } catch {
    return 'x509: malformed certificate';
  }
}
