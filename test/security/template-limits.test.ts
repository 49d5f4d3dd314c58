/**
 * Hostile templates: absurd arguments, runaway loops and recursion, deep nesting. Each must end
 * in a clear, positioned template error within the documented limits (src/common/limits.ts),
 * never an out-of-memory crash or a hang. Recursion errors are helm's own (see engine-edge goldens).
 */
import { describe, expect, test } from 'vitest';
import { MAX_RANDOM_LENGTH, MAX_SEQUENCE_LENGTH, withRenderTimeout } from '../../src/common/limits.js';
import { renderCase } from '../helpers/k8slint-case.js';

const at = (col: number, call: string) => `Error: template: c/templates/case.yaml:1:${col}: executing "c/templates/case.yaml" at <${call}>: `;

const cases: { name: string; template: string; error: string | RegExp }[] = [
  { name: 'until huge', template: '{{ until 100000000 | len }}', error: `${at(3, 'until 100000000')}error calling until: list of 100000000 elements exceeds k8slint's limit of ${MAX_SEQUENCE_LENGTH}` },
  { name: 'until negative huge', template: '{{ until -100000000 | len }}', error: `${at(3, 'until -100000000')}error calling until: list of 100000000 elements exceeds k8slint's limit of ${MAX_SEQUENCE_LENGTH}` },
  { name: 'untilStep huge', template: '{{ untilStep 0 9000000000000000000 3 | len }}', error: `${at(3, 'untilStep 0 9000000000000000000 3')}error calling untilStep: list of 3000000000000000000 elements exceeds k8slint's limit of ${MAX_SEQUENCE_LENGTH}` },
  { name: 'seq huge', template: '{{ seq 1 1 1000000000 | len }}', error: `${at(3, 'seq 1 1 1000000000')}error calling seq: list of 1000000000 elements exceeds k8slint's limit of ${MAX_SEQUENCE_LENGTH}` },
  { name: 'randAlphaNum huge', template: '{{ randAlphaNum 1000000000 | len }}', error: `${at(3, 'randAlphaNum 1000000000')}error calling randAlphaNum: random string of 1000000000 characters exceeds k8slint's limit of ${MAX_RANDOM_LENGTH}` },
  { name: 'randAscii huge', template: '{{ randAscii 9000000000000 | len }}', error: `${at(3, 'randAscii 9000000000000')}error calling randAscii: random string of 9000000000000 characters exceeds k8slint's limit of ${MAX_RANDOM_LENGTH}` },
  { name: 'randBytes huge', template: '{{ randBytes 1000000000 | len }}', error: `${at(3, 'randBytes 1000000000')}error calling randBytes: random string of 1000000000 bytes exceeds k8slint's limit of ${MAX_RANDOM_LENGTH}` },
  { name: 'a string doubled past the JavaScript maximum', template: '{{ $s := "aaaaaaaaaa" }}{{ range until 40 }}{{ $s = print $s $s }}{{ end }}{{ len $s }}', error: /a string grew past the maximum JavaScript string length \(about 512 MiB\); k8slint cannot render it/ },
  { name: 'repeat huge (Go panics)', template: '{{ repeat 1000000000 "a" | len }}', error: `${at(3, 'repeat 1000000000 "a"')}error calling repeat: runtime: out of memory` },
  { name: 'indent huge (Go panics)', template: '{{ indent 1000000000 "a" | len }}', error: `${at(3, 'indent 1000000000 "a"')}error calling indent: runtime: out of memory` },
  {
    name: 'include recursion stops at helm\'s depth with helm\'s error',
    template: '{{ define "x" }}{{ include "x" . }}{{ end }}{{ include "x" . }}',
    error: /^Error: template: c\/templates\/case\.yaml:1:47: executing "c\/templates\/case\.yaml" at <include "x" \.>: error calling include: .*rendering template has a nested reference name: x: unable to execute template$/s,
  },
  {
    name: 'template recursion stops at Go\'s depth',
    template: '{{ define "x" }}{{ template "x" . }}{{ end }}{{ template "x" . }}',
    error: /exceeded maximum template depth \(100000\)$/,
  },
  { name: 'tpl recursion', template: '{{ tpl "{{ tpl . . }}" "{{ tpl . . }}" }}', error: /^Error: template: c\/templates\/case\.yaml:1:3: executing .*error calling tpl: /s },
  { name: 'deeply nested parentheses', template: `{{ ${'('.repeat(20000)}1${')'.repeat(20000)} }}`, error: /max expression depth exceeded|exceeded/ },
];

describe('absurd arguments and runaway recursion end in clear errors', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const t = Date.now();
      const r = await renderCase({ template: c.template }, 4);
      expect('error' in r ? r.error : r.output).toMatch(typeof c.error === 'string' ? new RegExp(`^${c.error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : c.error);
      expect(Date.now() - t).toBeLessThan(20_000);
    }, 30_000);
  }

  test('the limits are not hit by ordinary sizes', async () => {
    expect(await renderCase({ template: '{{ until 1000 | len }} {{ seq 5 }} {{ randAlphaNum 16 | len }}' }, 4)).toEqual({ output: '1000 1 2 3 4 5 16' });
  });
});

describe('the render timeout stops loops that never produce output', () => {
  const loops: [string, string][] = [
    ['nested ranges over a variable', '{{ $l := until 1000000 }}{{ range $l }}{{ range $l }}{{ end }}{{ end }}'],
    ['range over a huge int (helm 4)', '{{ range 1000000000000 }}{{ end }}'],
    ['exponential includes', `{{ define "a0" }}x{{ end }}${Array.from({ length: 40 }, (_, i) => `{{ define "a${i + 1}" }}{{ include "a${i}" . }}{{ include "a${i}" . }}{{ end }}`).join('')}{{ include "a40" . | len }}`],
  ];
  for (const [name, template] of loops) {
    test(name, async () => {
      const t = Date.now();
      const r = await withRenderTimeout(300, () => renderCase({ template }, 4));
      expect(r).toHaveProperty('error');
      expect((r as { error: string }).error).toMatch(/^Error: (template: )?c\/templates\/case\.yaml:1:\d+(: |\n {2})executing .*rendering took longer than the render timeout \(300ms\); raise it with --render-timeout$/s);
      expect(Date.now() - t).toBeLessThan(15_000);
    }, 30_000);
  }
});
