import { describe, expect, test } from 'vitest';
import type { Finding, FindingsReport } from '../../src/common/finding.js';
import type { FormatterContext } from '../../src/formatters/formatter-context.js';
import { codeFrame, formatStylish, stylishSummary } from '../../src/formatters/stylish.js';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'schema-invalid',
  severity: 'error',
  message: 'bad replicas',
  file: 'deploy.yaml',
  line: 4,
  column: 13,
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
  path: 'spec.replicas',
  kubeVersion: '1.33',
  ...over,
});

const yamlText = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: "three"\n  selector: {}\n  template: {}\n  paused: false\n';
const template = '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas | quote }}\n{{- end }}\n';

const report = (findings: Finding[], errors = 1, warnings = 0): FindingsReport => ({ findings, summary: { files: 1, resources: 1, errors, warnings } });
const ctx = (over: Partial<FormatterContext> = {}): FormatterContext => ({ cwd: '/repo', toolVersion: '0.0.0', rules: {}, ...over });

describe('stylish', () => {
  test('keeps the finding line format and ends with the summary line', () => {
    const out = formatStylish(report([f({})]), ctx());
    expect(out).toBe(
      'deploy.yaml\n  4:13     error   bad replicas (Deployment/web spec.replicas)  schema-invalid\n\n1 resource in 1 file (0 charts): 1 error, 0 warnings\n',
    );
  });

  test('summary: plurals, charts and elapsed seconds', () => {
    expect(stylishSummary({ files: 3, resources: 12, errors: 0, warnings: 1 }, 2, 1234)).toBe('12 resources in 3 files (2 charts): 0 errors, 1 warning (1.23s)');
    expect(formatStylish(report([], 0), ctx({ charts: 1, elapsedMs: 50 }))).toBe('1 resource in 1 file (1 chart): 0 errors, 0 warnings (0.05s)\n');
    expect(formatStylish(report([], 0), ctx({ summary: () => 'custom' }))).toBe('custom\n');
    expect(formatStylish(report([f({})]), ctx({ trailer: '\nresource  1.25\nPod a  ok\n' }))).toBe(
      'deploy.yaml\n  4:13     error   bad replicas (Deployment/web spec.replicas)  schema-invalid\n\nresource  1.25\nPod a  ok\n\n1 resource in 1 file (0 charts): 1 error, 0 warnings\n',
    );
  });

  test('no ANSI escapes without color, escapes with it', () => {
    const plain = formatStylish(report([f({})]), ctx({ sources: new Map([['deploy.yaml', yamlText]]) }));
    expect(plain).not.toContain('\x1b[');
    const coloured = formatStylish(report([f({}), f({ severity: 'warning', line: 2, column: 1 })], 1, 1), ctx({ color: true, sources: new Map([['deploy.yaml', yamlText]]) }));
    expect(coloured).toContain('\x1b[31merror  \x1b[39m');
    expect(coloured).toContain('\x1b[33mwarning\x1b[39m');
    expect(coloured).toContain('\x1b[1mdeploy.yaml\x1b[22m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(
      formatStylish(report([f({}), f({ severity: 'warning', line: 2, column: 1 })], 1, 1), ctx({ sources: new Map([['deploy.yaml', yamlText]]) })),
    );
  });

  test('code frame for plain YAML: two lines of context, gutter, caret at the column', () => {
    const out = formatStylish(report([f({})]), ctx({ sources: new Map([['deploy.yaml', yamlText]]) }));
    expect(out).toBe(
      [
        'deploy.yaml',
        '  4:13     error   bad replicas (Deployment/web spec.replicas)  schema-invalid',
        '    2 | kind: Deployment',
        '    3 | spec:',
        '  > 4 |   replicas: "three"',
        '      |             ^',
        '    5 |   selector: {}',
        '    6 |   template: {}',
        '',
        '1 resource in 1 file (0 charts): 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  test('code frame for a chart finding shows the template line', () => {
    const file = 'charts/web/templates/deployment.yaml';
    const out = formatStylish(report([f({ file, line: 7, column: 13 })]), ctx({ sources: new Map([[file, template]]) }));
    expect(out).toContain(['  > 7 |   replicas: {{ .Values.replicas | quote }}', '      |             ^', '    8 | {{- end }}'].join('\n'));
    expect(out).toContain('    5 |   name: {{ include "web.fullname" . }}\n');
    expect(out).not.toContain('| {{- if');
  });

  test('frames at the file edges, wide gutters, no source, out-of-range lines', () => {
    const src = Array.from({ length: 10 }, (_, i) => `k${i + 1}: v`).join('\n');
    expect(codeFrame(src, 1, 1, (_s, t) => t)).toEqual(['  > 1 | k1: v', '      | ^', '    2 | k2: v', '    3 | k3: v']);
    expect(codeFrame(src, 10, 5, (_s, t) => t)).toEqual(['     8 | k8: v', '     9 | k9: v', '  > 10 | k10: v', '       |     ^']);
    expect(codeFrame(src, 11, 1, (_s, t) => t)).toEqual([]);
    expect(formatStylish(report([f({})]), ctx({ sources: new Map([['other.yaml', yamlText]]) }))).not.toContain(' | ');
  });

  test('long lines are cut around the caret', () => {
    const long = `data: ${'x'.repeat(1000)}Y${'z'.repeat(1000)}`;
    const frame = codeFrame(long, 1, 1007, (_s, t) => t);
    expect(frame[0].length).toBeLessThan(140);
    const caret = frame[1].indexOf('^');
    expect(frame[0][caret]).toBe('Y');
  });
});
