import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cliMessage, summaryText } from '../../src/cli/cli-messages.js';
import { findingSources, formatMatrix, useColor } from '../../src/cli/report-output.js';
import type { Finding } from '../../src/common/finding.js';
import { runCli } from '../helpers/run-cli.js';

/** withLang runs `fn` with LANG set to `lang` and LC_ALL / LC_MESSAGES unset. */
async function withLang<T>(lang: string, fn: () => Promise<T>): Promise<T> {
  const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
  process.env.LANG = lang;
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'k8slint-cli-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI messages', () => {
  test('summary line in English and zh-CN', () => {
    const s = { files: 1, resources: 2, errors: 1, warnings: 0 };
    expect(summaryText('en', s, 1, 1500)).toBe('2 resources in 1 file (1 chart): 1 error, 0 warnings (1.50s)');
    expect(summaryText('zh-CN', s, 0, undefined)).toBe('2 个资源，1 个文件（0 个 chart）：1 个错误，0 个警告');
    expect(cliMessage('zh-CN', 'fixed', { file: 'a.yaml' })).toBe('已修复 a.yaml');
  });

  test('usage errors follow --locale and LANG', async () => {
    const zh = await runCli(['validate', 'fixtures/manifests/valid', '-k', 'banana', '--locale', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe('k8slint validate: 无效的 Kubernetes 版本 "banana"：请使用 1.29、1.29.0 或 v1.29.0 这样的版本\n');
    const en = await runCli(['validate', 'fixtures/manifests/valid', '-o', 'nope', '--locale', 'en']);
    expect(en.err).toContain('unknown format "nope"');
    await withLang('zh_CN.UTF-8', async () => {
      const fix = await runCli(['fix', 'x.yaml']);
      expect(fix.err).toBe('k8slint fix: 必须指定 --kube-version（要迁移到的版本）\n');
      const lint = await runCli(['lint', 'fixtures/lint/manifests', '-k', '1.2x']);
      expect(lint.err).toContain('无效的 Kubernetes 版本 "1.2x"');
    });
  });

  test('matrix words are translated and columns stay aligned for wide characters', () => {
    const rows = [{ resource: 'CronJob a', file: 'c.yaml', cells: { '1.24': 'deprecated', '1.25': 'removed' } }] as unknown as Parameters<typeof formatMatrix>[0];
    expect(formatMatrix(rows, ['1.24', '1.25'], 'zh-CN')).toBe('\n资源               1.24    1.25\nCronJob a  c.yaml  已弃用  已移除\n');
    expect(formatMatrix(rows, ['1.24', '1.25'])).toBe('\nresource           1.24        1.25\nCronJob a  c.yaml  deprecated  REMOVED\n');
  });
});

describe('colour and sources', () => {
  test('NO_COLOR and FORCE_COLOR win over the TTY check', () => {
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(undefined, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
  });

  test('findingSources reads only existing regular files the findings point at', () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const at = (file: string) => ({ file }) as Finding;
    const got = findingSources([at('a.yaml'), at('a.yaml'), at('sub'), at('missing.yaml'), at('<stdin>'), at('c.tgz#templates/x.yaml'), at('k.yaml')], dir, new Map([['k.yaml', 'known']]));
    expect([...got]).toEqual([
      ['a.yaml', 'a: 1\n'],
      ['k.yaml', 'known'],
    ]);
  });

  test('a chart finding gets a frame of its template line in lint output', async () => {
    const r = await runCli(['lint', 'fixtures/lint/legacy', '-k', '1.25']);
    expect(r.out).toContain('fixtures/lint/legacy/templates/deployment.yaml\n');
    expect(r.out).toContain('  14:16    warning image k8s.gcr.io/echoserver:1.10');
    expect(r.out).toContain('    13 |       - name: web\n  > 14 |         image: {{ .Values.image }}\n       |                ^\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^2 resources in 1 file \(1 chart\): 1 error, 1 warning \(\d+\.\d\ds\)$/);
  });
});

describe('usage errors before a command runs', () => {
  test('a missing command, in English and with LANG=zh_CN', async () => {
    const en = await withLang('en_US.UTF-8', () => runCli([]));
    expect(en.code).toBe(2);
    expect(en.err).toBe("Specify a command.\n\nRun 'k8slint --help' for usage.\n");
    const zh = await withLang('zh_CN.UTF-8', () => runCli([]));
    expect(zh.code).toBe(2);
    expect(zh.err).toBe("请指定一个命令。\n\n运行 'k8slint --help' 查看用法。\n");
  });
});

describe('stylish through the CLI', () => {
  test('render: findings on stderr with a frame of the template line', async () => {
    const r = await runCli(['render', 'fixtures/lint/legacy', '--kube-version', '1.25']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('fixtures/lint/legacy/templates/ingress.yaml\n  3:13     error   Ingress networking.k8s.io/v1beta1 was removed');
    expect(r.err).toContain('  > 3 | apiVersion: {{ $api }}\n      |             ^\n');
    expect(r.err.trimEnd().split('\n').at(-1)).toBe('2 resources in 1 file (1 chart): 2 errors, 1 warning');
  });

  test('lint with several versions: the matrix, then the summary as the last line', async () => {
    const r = await runCli(['lint', 'fixtures/lint/manifests', '-k', '1.24', '-k', '1.25']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ resources? in \d+ files? \(0 charts\): \d+ errors?, \d+ warnings? \(\d+\.\d\ds\)$/);
    expect(r.out).toMatch(/\nresource +1\.24 +1\.25\nCronJob .+\n\n\d+ resources? in/);
    expect(r.out.match(/ resources? in /g)).toHaveLength(1);
  });

  test('FORCE_COLOR and NO_COLOR decide colour when stdout is not a TTY', async () => {
    const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
    try {
      delete process.env.NO_COLOR;
      process.env.FORCE_COLOR = '1';
      const coloured = await runCli(['validate', 'fixtures/manifests/invalid/deployment.yaml', '-k', '1.33']);
      expect(coloured.out).toContain('\x1b[31merror  \x1b[39m');
      process.env.NO_COLOR = '1';
      const plain = await runCli(['validate', 'fixtures/manifests/invalid/deployment.yaml', '-k', '1.33']);
      expect(plain.out).not.toContain('\x1b[');
      expect(plain.out).toContain('  > 4 |   name: Web_App\n      |         ^\n');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('usage errors stop the command', () => {
  test('an unknown option exits 2 without running the command', async () => {
    const r = await withLang('en_US.UTF-8', () => runCli(['lint', 'fixtures/lint/manifests', '--bogus']));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("Unknown argument: bogus\n\nRun 'k8slint --help' for usage.\n");
  });
});
