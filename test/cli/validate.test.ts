import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const run = runCli;

describe('k8slint validate', () => {
  test('exit 0 and a summary on valid input', async () => {
    const r = await run(['validate', 'fixtures/manifests/valid', '--kube-version', '1.33']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2 resources in 1 file \(0 charts\): 0 errors, 0 warnings \(\d+\.\d\ds\)$/m);
  });
  test('exit 1 and JSON findings on invalid input', async () => {
    const r = await run(['validate', 'fixtures/manifests/invalid/deployment.yaml', '-k', 'v1.33.0', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { findings: { ruleId: string }[]; summary: { errors: number } };
    expect(json.summary.errors).toBe(8);
    expect(new Set(json.findings.map((f) => f.ruleId))).toEqual(new Set(['object-invalid', 'schema-invalid', 'schema-unknown-field']));
  });
  test('exit 2 on unreadable input and bad versions', async () => {
    expect((await run(['validate', 'does/not/exist.yaml'])).code).toBe(2);
    const bad = await run(['validate', 'fixtures/manifests/valid', '-k', 'banana']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('invalid Kubernetes version "banana"');
  });
});

describe('k8slint validate report formats', () => {
  test('writes SARIF and rejects unknown formats with exit 2', async () => {
    const r = await run(['validate', 'fixtures/manifests/invalid/deployment.yaml', '-k', '1.33', '-o', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(4);
    expect((await run(['validate', 'fixtures/manifests/valid', '-o', 'nope'])).code).toBe(2);
  });
});

describe('k8slint validate stdin', () => {
  test("reads '-' from stdin, next to files", async () => {
    const { Readable } = await import('node:stream');
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n')]), configurable: true });
    try {
      const r = await run(['validate', 'fixtures/manifests/valid', '-', '-k', '1.33', '--format', 'json']);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out) as { findings: { file: string; line: number }[]; summary: { files: number } };
      expect(json.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['<stdin>:3']);
      expect(json.summary.files).toBe(2);
    } finally {
      Object.defineProperty(process, 'stdin', original);
    }
  });
});
