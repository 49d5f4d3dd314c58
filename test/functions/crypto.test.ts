import { X509Certificate, createHash, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cryptoFunctions as C, cryptoFunctionsHelm3 as C3 } from '../../src/functions/crypto.js';
import { children, readDer, type DerNode } from '../../src/functions/go/asn1.js';
import { pemDecode } from '../../src/functions/go/crypto-keys.js';
import { GoSlice, GoStruct, goInt } from '../../src/template/value.js';

// Helm's own outputs for the same calls (fixtures/template/golden/fn-crypto.json, helm 4.1.4).
const golden = JSON.parse(
  readFileSync(new URL('../../fixtures/template/golden/fn-crypto.json', import.meta.url), 'utf8'),
) as {
  cases: Record<string, { helm4: { output?: string } }>;
};
const helmOut = (name: string): string => golden.cases[name].helm4.output ?? '';

/** tbsParts splits a certificate PEM into the TBSCertificate fields that do not depend on randomness. */
function tbsParts(pem: string) {
  const block = pemDecode(pem);
  if (!block) throw new Error('no PEM');
  const [cert] = readDer(block.der);
  const [tbs, sigAlg] = children(cert);
  const f = children(tbs);
  const hex = (n: DerNode): string => Buffer.from(n.raw).toString('hex');
  const validity = children(f[4]).map((t) => Buffer.from(t.content).toString('latin1'));
  const secs = (s: string): number =>
    Date.UTC(
      2000 + Number(s.slice(0, 2)),
      Number(s.slice(2, 4)) - 1,
      Number(s.slice(4, 6)),
      Number(s.slice(6, 8)),
      Number(s.slice(8, 10)),
      Number(s.slice(10, 12)),
    ) / 1000;
  const exts = children(children(f[7])[0]).map((e) => {
    const parts = children(e);
    return { id: hex(parts[0]), raw: hex(e) };
  });
  return {
    version: hex(f[0]),
    serialBytes: f[1].content.length,
    sigAlg: hex(f[2]),
    outerSigAlg: hex(sigAlg),
    issuer: hex(f[3]),
    subject: hex(f[5]),
    validSeconds: secs(validity[1]) - secs(validity[0]),
    spkiAlg: hex(children(f[6])[0]),
    exts,
  };
}

const SKI = '0603551d0e';
const list = (...items: string[]) => new GoSlice(items);
const field = (s: unknown, f: string): string => (s as GoStruct).fields.get(f) as string;

describe('hashes and derivePassword', () => {
  it('match helm', () => {
    expect(C.sha1sum.fn('hello')).toBe('aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
    expect(C.adler32sum.fn('Wikipedia')).toBe('300286872');
    expect(C.adler32sum.fn('\udcff'.repeat(6000))).toBe('2761382378');
    expect(C.derivePassword.fn(goInt(1, 'uint32'), 'long', 'password', 'user', 'example.com')).toBe('ZedaFaxcZaso9*');
    expect(C.derivePassword.fn(goInt(2, 'uint32'), 'maximum', 'pw', 'ünï', 'site')).toBe('z3,^5sjekvuYNIS4K5Gk');
    expect(C.derivePassword.fn(goInt(1, 'uint32'), 'nope', 'p', 'u', 's')).toBe('cannot find password template nope');
  });
});

describe('certificates', () => {
  it('self-signed certificates have the structure helm produces', () => {
    const mine = C.genSelfSignedCert.fn(
      'svc.example',
      list('10.0.0.1', '::1'),
      list('a.example', 'b.example'),
      goInt(30),
    );
    const a = tbsParts(field(mine, 'Cert'));
    const b = tbsParts(helmOut('gen-self-signed-shape'));
    expect(a).toEqual({ ...b, serialBytes: a.serialBytes });
    expect(a.serialBytes).toBeGreaterThanOrEqual(14);
    const x = new X509Certificate(field(mine, 'Cert'));
    expect(x.subject).toBe('CN=svc.example');
    expect(x.subjectAltName).toBe('DNS:a.example, DNS:b.example, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(x.ca).toBe(false);
    expect(x.checkPrivateKey(createPrivateKey(field(mine, 'Key')))).toBe(true);
  });

  it('CA and signed certificates match helm except the random key id', () => {
    const helmCA = new X509Certificate(helmOut('gen-ca-shape').split('-----BEGIN RSA')[0]);
    const ca = C.genCA.fn('my-ca', goInt(365));
    const a = tbsParts(field(ca, 'Cert'));
    const b = tbsParts(helmCA.toString());
    const noSki = (p: typeof a) => ({ ...p, serialBytes: 0, exts: p.exts.map((e) => (e.id === SKI ? e.id : e.raw)) });
    expect(noSki(a)).toEqual(noSki(b));
    const x = new X509Certificate(field(ca, 'Cert'));
    expect(x.ca).toBe(true);
    expect(x.verify(x.publicKey)).toBe(true);

    const leaf = C.genSignedCert.fn('leaf', list('127.0.0.1'), list('leaf.local'), goInt(5), ca);
    const l = new X509Certificate(field(leaf, 'Cert'));
    expect(l.issuer).toBe('CN=my-ca');
    expect(l.verify(x.publicKey)).toBe(true);
    expect(l.checkIssued(x)).toBe(true);
    const helmLeaf = tbsParts(helmOut('gen-signed-cert'));
    const mineLeaf = tbsParts(field(leaf, 'Cert'));
    expect(mineLeaf.exts.map((e) => e.id)).toEqual(helmLeaf.exts.map((e) => e.id));
    expect(mineLeaf.validSeconds).toBe(5 * 86400);
  });

  it('derives a CA key id like the Go release of each helm (SHA-256/160 in Go 1.25, SHA-1 in Go 1.23)', () => {
    const keyId = (pem: string): [string, Buffer] => {
      const block = pemDecode(pem);
      if (!block) throw new Error('no PEM');
      const f = children(children(readDer(block.der)[0])[0]);
      const bits = Buffer.from(children(f[6])[1].content.subarray(1));
      const ext = children(children(f[7])[0])
        .map((e) => children(e))
        .find((p) => Buffer.from(p[0].content).toString('hex') === '551d0e');
      if (!ext) throw new Error('no SKI');
      return [Buffer.from(readDer(ext[ext.length - 1].content)[0].content).toString('hex'), bits];
    };
    const [ski4, bits4] = keyId(field(C.genCA.fn('x', goInt(1)), 'Cert'));
    expect(ski4).toBe(createHash('sha256').update(bits4).digest('hex').slice(0, 40));
    const [ski3, bits3] = keyId(field(C3.genCA.fn('x', goInt(1)), 'Cert'));
    expect(ski3).toBe(createHash('sha1').update(bits3).digest('hex'));
    // and helm's own CA certificates follow the same rule
    const [helmSki, helmBits] = keyId(helmOut('gen-ca-shape').split('-----BEGIN RSA')[0]);
    expect(helmSki).toBe(createHash('sha256').update(helmBits).digest('hex').slice(0, 40));
  });

  it('reports bad inputs like Sprig', () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err(() => C.genSelfSignedCert.fn('x', list('1.2.3'), null, goInt(1)))).toBe('error parsing ip: 1.2.3');
    expect(err(() => C.genSelfSignedCert.fn('x', new GoSlice([goInt(1)]), null, goInt(1)))).toBe(
      'error parsing ip: 1 is not a string',
    );
    expect(err(() => C.genCAWithKey.fn('x', goInt(1), 'junk'))).toBe('parsing private key: no PEM data in input');
    expect(err(() => C.buildCustomCert.fn('x', 'y'))).toBe('unable to decode base64 certificate');
  });
});

describe('keys and AES', () => {
  it('generates parseable keys in Go PEM formats', () => {
    const ec = C.genPrivateKey.fn('ecdsa') as string;
    expect(ec).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    expect(createPrivateKey(ec).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const ed = C.genPrivateKey.fn('ed25519') as string;
    expect(createPrivateKey(ed).asymmetricKeyType).toBe('ed25519');
    expect(C.genPrivateKey.fn('foo')).toBe('Unknown type foo');
  });

  it('decrypts what helm encrypted and vice versa', () => {
    expect(C.decryptAES.fn('k', helmOut('encrypt-aes-shape'))).toBe('0123456789abcdef');
    expect(C.decryptAES.fn('secret', C.encryptAES.fn('secret', 'héllo'))).toBe('héllo');
    expect(() => C.decryptAES.fn('k', 'YWJj')).toThrow(
      'runtime error: slice bounds out of range [:16] with capacity 3',
    );
  });
});
