import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import type { Finding, FindingsReport } from '../../src/common/finding.js';
import type { FormatterContext } from '../../src/formatters/formatter-context.js';
import { github } from '../../src/formatters/github.js';
import { templateFormatter } from '../../src/formatters/handlebars-template.js';
import { junit } from '../../src/formatters/junit.js';
import { sarif } from '../../src/formatters/sarif.js';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'api-removed',
  severity: 'error',
  message: 'Ingress extensions/v1beta1 was removed in Kubernetes 1.22; use networking.k8s.io/v1 Ingress (served since 1.19).',
  file: 'charts/web/templates/ingress.yaml',
  line: 3,
  column: 13,
  resource: { apiVersion: 'extensions/v1beta1', kind: 'Ingress', name: 'web', namespace: 'default' },
  path: 'apiVersion',
  kubeVersion: '1.29',
  ...over,
});

const report: FindingsReport = {
  findings: [
    f({}),
    f({ ruleId: 'schema-unknown-field', severity: 'warning', file: 'b & <c>.yaml', line: 7, column: 5, message: 'unknown field "replica", did you mean "replicas"?', path: 'spec.replica' }),
    f({ ruleId: 'api-alpha', severity: 'info', line: 1, column: 1, message: 'alpha: 100%, a,b\nnext' }),
  ],
  summary: { files: 2, resources: 3, errors: 1, warnings: 1 },
};
const ctx: FormatterContext = {
  cwd: '/repo',
  toolVersion: '0.1.0',
  rules: { 'api-removed': { description: 'Disallow API versions removed in the target version', helpUri: 'https://example.com/rules/api-removed' } },
};

describe('sarif', () => {
  test('is valid against the official SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The schema is draft-04 (`id`); ajv reads it as draft-07 once the id keyword is renamed.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(sarif(report, ctx)) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { region: object; artifactLocation: { uri: string } } }[] }[]; tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }] })).toBe(false);
    const r = log.runs[0];
    expect(r.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['schema-unknown-field', 'warning'],
      ['api-alpha', 'note'],
      ['api-removed', 'error'],
    ]);
    expect(r.results[2].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 13 });
    expect(r.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('b%20%26%20%3Cc%3E.yaml');
    expect(r.tool.driver.rules.find((x) => x.id === 'api-removed')?.helpUri).toBe('https://example.com/rules/api-removed');
  });
});

describe('junit', () => {
  test('is well-formed XML with one failure per error or warning', () => {
    const xml = junit(report, ctx);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="k8slint" tests="3" failures="2" errors="0">/);
    expect(xml).toContain('<testsuite name="b &amp; &lt;c&gt;.yaml" tests="1" failures="1" errors="0">');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    // balanced tags
    const open = (xml.match(/<(testsuites|testsuite|testcase|failure|system-out)[ >]/g) ?? []).length;
    const close = (xml.match(/<\/(testsuites|testsuite|testcase|failure|system-out)>/g) ?? []).length;
    expect(open).toBe(close);
  });
});

describe('github', () => {
  test('workflow commands with escaped properties and data', () => {
    expect(github(report, ctx).split('\n')).toEqual([
      '::warning file=b & <c>.yaml,line=7,col=5,title=k8slint schema-unknown-field::unknown field "replica", did you mean "replicas"?',
      '::notice file=charts/web/templates/ingress.yaml,line=1,col=1,title=k8slint api-alpha::alpha: 100%25, a,b%0Anext',
      '::error file=charts/web/templates/ingress.yaml,line=3,col=13,title=k8slint api-removed::Ingress extensions/v1beta1 was removed in Kubernetes 1.22; use networking.k8s.io/v1 Ingress (served since 1.19).',
      '',
    ]);
  });
});

describe('template', () => {
  test('renders a Handlebars report with helpers', () => {
    const out = templateFormatter('{{#each findings}}{{file}}:{{line}} {{ruleId}}{{#if (eq severity "error")}}!{{/if}}\n{{/each}}{{summary.errors}} {{json summary}}')(report, ctx);
    expect(out).toBe(
      'b &amp; &lt;c&gt;.yaml:7 schema-unknown-field\ncharts/web/templates/ingress.yaml:1 api-alpha\ncharts/web/templates/ingress.yaml:3 api-removed!\n1 {"files":2,"resources":3,"errors":1,"warnings":1}',
    );
  });
});
