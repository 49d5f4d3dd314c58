/**
 * Hostile YAML through `k8slint validate`, values files and `fromYaml`: alias bombs, deep
 * nesting, huge scalars, invalid UTF-8, tabs, BOMs, CRLF and duplicate keys are bounded and
 * reported with positions, never a crash.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderCase } from '../helpers/k8slint-case.js';
import { captureCli as runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'k8slint-sec-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** laughs is a "billion laughs" document: `levels` anchors, each ten aliases of the previous. */
function laughs(levels: number, indent = ''): string {
  let s = `${indent}a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n`;
  for (let i = 1; i < levels; i++) s += `${indent}a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
  return s;
}

const head = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

async function validate(name: string, content: string | Buffer) {
  const p = join(dir, name);
  writeFileSync(p, content);
  const t = Date.now();
  const r = await runCli(['validate', p]);
  expect(Date.now() - t).toBeLessThan(20_000);
  return { ...r, stdout: r.stdout.replaceAll(dir, 'D') };
}

describe('validate reports hostile YAML with positions', () => {
  test('alias bomb', async () => {
    const r = await validate('bomb.yaml', `${head}data:\n${laughs(9, '  ')}`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^D\/bomb\.yaml\n {2}1:1 +error +YAML syntax error: Excessive alias count indicates a resource exhaustion attack +yaml-syntax\n/);
  });

  test('deeply nested flow sequence', async () => {
    const r = await validate('deep.yaml', `${head}data: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^D\/deep\.yaml\n {2}5:\d+ +error +YAML syntax error: .+ +yaml-syntax\n/);
  }, 30_000);

  test('deeply nested block mappings', async () => {
    const r = await validate('deepmap.yaml', `${head}x:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^D\/deepmap\.yaml\n {2}\d+:\d+ +error +YAML syntax error: .+ +yaml-syntax\n/);
  }, 30_000);

  test('huge scalar', async () => {
    const r = await validate('huge.yaml', `${head}data:\n  a: ${'x'.repeat(20_000_000)}\n`);
    expect(r).toEqual({ stdout: expect.stringMatching(/^1 resource in 1 file \(0 charts\): 0 errors, 0 warnings \(\d+\.\d\ds\)\n$/), stderr: '', exitCode: 0 });
  }, 30_000);

  test('tabs as indentation', async () => {
    const r = await validate('tabs.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n');
    expect(r.stdout).toMatch(/^D\/tabs\.yaml\n {2}4:1 +error +YAML syntax error: Tabs are not allowed as indentation/);
  });

  test('a BOM is ignored', async () => {
    const r = await validate('bom.yaml', `\ufeff${head}`);
    expect(r).toEqual({ stdout: expect.stringMatching(/^1 resource in 1 file \(0 charts\): 0 errors, 0 warnings \(\d+\.\d\ds\)\n$/), stderr: '', exitCode: 0 });
  });

  test('CRLF line ends and duplicate keys', async () => {
    const r = await validate('crlf.yaml', `${head}  name: other\n`.replaceAll('\n', '\r\n'));
    expect(r.stdout).toMatch(/ {2}5:3 +error +Duplicate key "name": a mapping must not repeat a key\. \(ConfigMap\/other\) +yaml-duplicate-key\n/);
  });

  test('invalid UTF-8 does not crash', async () => {
    const r = await validate('utf8.yaml', Buffer.concat([Buffer.from(head.slice(0, -2)), Buffer.from([0xff, 0xfe, 0xc3, 0x0a])]));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^D\/utf8\.yaml\n {2}4:9 +error +Invalid name/);
  });
});

describe('values files and fromYaml bound alias expansion', () => {
  test('alias bomb in values.yaml (go-yaml excessive aliasing)', async () => {
    const r = await renderCase({ template: '{{ .Values | toJson | len }}', values: laughs(9) }, 4);
    expect(r).toEqual({ error: 'Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing' });
  });

  test('alias bomb in fromYaml returns the error map', async () => {
    const r = await renderCase({ template: `{{ (${JSON.stringify(laughs(9))} | fromYaml).Error }}` }, 4);
    expect(r).toEqual({ output: 'error converting YAML to JSON: yaml: document contains excessive aliasing' });
  });
});
