import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/common/finding.js';
import { applySuppressions, findDirectives } from '../../src/findings/suppressions.js';

const f = (file: string, line: number, ruleId: string): Finding => ({
  ruleId,
  severity: 'error',
  message: 'm',
  file,
  line,
  column: 1,
  resource: {},
  path: '',
  kubeVersion: '1.29',
});

const yamlText = 'apiVersion: v1\n# k8slint-disable-next-line schema-invalid, api-removed\nkind: Pod\nx: 1\n';
const tplText = '{{/* k8slint-disable-next-line api-removed */}}\napiVersion: extensions/v1beta1\n{{- /* k8slint-disable-next-line */ -}}\nkind: Ingress\n# k8slint-disable-next-line object-invalid\nspec: {}\n';
const sources: Record<string, string> = { 'a.yaml': yamlText, 'chart/templates/ing.yaml': tplText };

describe('suppressions', () => {
  test('directives in YAML and template comments', () => {
    expect(findDirectives('a.yaml', yamlText).map((d) => [d.line, d.rules])).toEqual([[2, ['schema-invalid', 'api-removed']]]);
    expect(findDirectives('t', tplText).map((d) => [d.line, d.column, d.rules])).toEqual([
      [1, 1, ['api-removed']],
      [3, 1, 'all'],
      [5, 1, ['object-invalid']],
    ]);
  });

  test('next-line comments silence only the named rules on the next line', () => {
    const kept = applySuppressions(
      [
        { finding: f('a.yaml', 3, 'schema-invalid') },
        { finding: f('a.yaml', 3, 'object-invalid') },
        { finding: f('a.yaml', 4, 'schema-invalid') },
        { finding: f('chart/templates/ing.yaml', 2, 'api-removed') },
        { finding: f('chart/templates/ing.yaml', 4, 'anything') },
      ],
      (file) => sources[file],
    );
    expect(kept.map((k) => `${k.file}:${k.line} ${k.ruleId}`)).toEqual(['a.yaml:3 object-invalid', 'a.yaml:4 schema-invalid']);
  });

  test('the k8slint.io/ignore annotation silences rules for its resource', () => {
    const object = { metadata: { annotations: { 'k8slint.io/ignore': 'api-deprecated,object-invalid' } } };
    const kept = applySuppressions(
      [
        { finding: f('b.yaml', 9, 'api-deprecated'), object },
        { finding: f('b.yaml', 9, 'schema-invalid'), object },
        { finding: f('b.yaml', 9, 'api-removed'), object: { metadata: { annotations: { 'k8slint.io/ignore': 'all' } } } },
      ],
      () => undefined,
    );
    expect(kept.map((k) => k.ruleId)).toEqual(['schema-invalid']);
  });

  test('--report-unused-disables', () => {
    const kept = applySuppressions([{ finding: f('a.yaml', 3, 'schema-invalid') }], (file) => sources[file], { reportUnused: true, files: ['chart/templates/ing.yaml'] });
    expect(kept.map((k) => `${k.ruleId} ${k.line}:${k.column} ${k.message}`)).toEqual([
      'unused-disable 2:1 Unused k8slint-disable-next-line directive (no problem from api-removed on the next line).',
      'unused-disable 1:1 Unused k8slint-disable-next-line directive (no problem from api-removed on the next line).',
      'unused-disable 3:1 Unused k8slint-disable-next-line directive (no problem from all on the next line).',
      'unused-disable 5:1 Unused k8slint-disable-next-line directive (no problem from object-invalid on the next line).',
    ]);
  });
});
