/**
 * Property-based fuzzing (fast-check) of the parsers that see untrusted input: the template
 * lexer/parser/executor, the values and YAML loaders, the `--set` parser and the archive
 * reader. Property: every input ends in a value or in the module's own error class within the
 * time bound; never an uncaught exception, a stack overflow or a hang.
 *
 * CI runs a fixed seed with K8SLINT_FUZZ_RUNS (default 150) runs per property; for long local
 * runs: `K8SLINT_FUZZ_RUNS=20000 K8SLINT_FUZZ_SEED=$RANDOM npm run fuzz`.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadArchiveFiles } from '../../src/chart/archive.js';
import { ChartError } from '../../src/chart/errors.js';
import { functionsFor } from '../../src/chart/render-chart.js';
import { parseStrvalsInto, StrvalsError } from '../../src/chart/strvals.js';
import { valuesFromYaml } from '../../src/chart/yaml.js';
import { withRenderTimeout } from '../../src/common/limits.js';
import { unmarshalYAML, YamlLoadError } from '../../src/functions/encoding/yaml-load.js';
import { executeTemplate, formatHelmError, isTemplateError, parseTemplate } from '../../src/template/index.js';
import { GoMap } from '../../src/template/value.js';
import { chartEntries, tar } from '../helpers/tar-writer.js';

const RUNS = Number(process.env.K8SLINT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.K8SLINT_FUZZ_SEED ?? 20261123);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
/** Per-input bound: a render that takes longer than this fails the property. */
const INPUT_BOUND_MS = 2000;
const TEST_TIMEOUT = Math.max(60_000, RUNS * 200);

/** expectOnly runs `fn` and requires it to return or throw one of `allowed`, within the bound. */
function expectOnly(fn: () => unknown, allowed: (e: unknown) => boolean): void {
  const t = Date.now();
  try {
    fn();
  } catch (e) {
    if (!allowed(e)) throw new Error(`unexpected ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`, { cause: e });
  }
  expect(Date.now() - t).toBeLessThan(INPUT_BOUND_MS * 2);
}

const TEMPLATE_TOKENS = [
  '{{', '}}', '{{-', '-}}', '{{/*', '*/}}', ' ', '\n', 'if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue',
  '"x"', '`raw`', "'c'", '1', '-1', '0x10', '1e3', '3.5', 'nil', 'true', '$', '$x', ':=', '=', '.', '.Values', '.a.b', '|', '(', ')', ',',
  'include "t" .', 'tpl "{{ . }}" .', 'until 5', 'seq 3', 'repeat 3 "ab"', 'list 1 2', 'dict "a" 1', 'toYaml', 'fromYaml', 'printf "%v"', 'len', 'index', 'default 1',
  'fail "boom"', 'required "r"', 'eq', 'and', 'or', 'not', 'quote', 'upper', 'b64enc', 'trunc 2', 'splitList ","', 'randAlphaNum 4', 'untilStep 0 9 2',
];
const templateText = fc.oneof(
  fc.array(fc.constantFrom(...TEMPLATE_TOKENS), { maxLength: 40 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 80, unit: 'binary' }),
);

describe('template lexer, parser and executor', () => {
  for (const v of [4, 3] as const) {
    test(`helm ${v}: parse + execute never throws anything but a template error`, () => {
      const funcs = functionsFor(v);
      fc.assert(
        fc.property(templateText, (text) => {
          expectOnly(
            () =>
              withRenderTimeout(INPUT_BOUND_MS, () => {
                const set = parseTemplate('c/templates/f.yaml', text, { funcs, helmVersion: v });
                const values = new GoMap(new Map([['Values', new GoMap(new Map([['a', new GoMap(new Map([['b', 1]]))]]))]]));
                executeTemplate(set, 'c/templates/f.yaml', values);
              }),
            (e) => isTemplateError(e) && typeof formatHelmError(e, v) === 'string',
          );
        }),
        params,
      );
    }, TEST_TIMEOUT);
  }
});

const YAML_TOKENS = ['a', ': ', ':', '- ', '-', '\n', '  ', '\t', '&x ', '*x', '<<: *x', '[', ']', '{', '}', ',', '"q"', "'s'", '|', '>', '#c', '---', '...', '~', 'null', 'y', '0x1F', '1e400', '\r\n', '\ufeff', '!!str ', '? ', '%YAML 1.1'];
const yamlText = fc.oneof(
  fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 50 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 120, unit: 'binary' }),
);

describe('YAML and values loaders', () => {
  test('unmarshalYAML returns a value or a YamlLoadError', () => {
    fc.assert(fc.property(yamlText, (text) => expectOnly(() => unmarshalYAML(text), (e) => e instanceof YamlLoadError)), params);
  }, TEST_TIMEOUT);

  for (const v of [4, 3] as const) {
    test(`helm ${v}: values files load or fail with a ChartError`, () => {
      fc.assert(fc.property(yamlText, (text) => expectOnly(() => valuesFromYaml(text, v), (e) => e instanceof ChartError)), params);
    }, TEST_TIMEOUT);
  }
});

const SET_TOKENS = ['a', 'b', '.', ',', '=', '[', ']', '0', '1', '65537', '-1', '\\', '{', '}', 'true', 'null', '"', ' ', 'x.y[2].z', '[99999999]'];
const setText = fc.oneof(fc.array(fc.constantFrom(...SET_TOKENS), { maxLength: 30 }).map((xs) => xs.join('')), fc.string({ maxLength: 60 }));

describe('--set parser', () => {
  for (const mode of ['typed', 'string', 'json', 'literal', 'file'] as const) {
    test(`--set (${mode}) parses or fails with StrvalsError/ChartError`, () => {
      const readFile = (p: string): string => {
        throw new ChartError(`open ${p}: no such file or directory`, 'VALUES');
      };
      fc.assert(
        fc.property(setText, (text) => expectOnly(() => parseStrvalsInto(text, new GoMap(), mode, readFile), (e) => e instanceof StrvalsError || e instanceof ChartError)),
        params,
      );
    }, TEST_TIMEOUT);
  }
});

describe('archive reader', () => {
  const base = tar(chartEntries('c', [{ name: 'c/templates/a.yaml', data: 'kind: A\n' }, { name: 'c/values.yaml', data: 'a: 1\n' }]));
  test('mutated tar streams load or fail with a ChartError', () => {
    const mutation = fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(mutation, fc.nat({ max: base.length }), (muts, cut) => {
        const t = Uint8Array.from(base);
        for (const [i, b] of muts) t[i] = b;
        expectOnly(() => loadArchiveFiles(gzipSync(t.subarray(0, Math.max(cut, 512)))), (e) => e instanceof ChartError);
      }),
      params,
    );
  }, TEST_TIMEOUT);

  test('random bytes, gzipped or not, fail with a ChartError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (bytes, zip) => {
        expectOnly(() => loadArchiveFiles(zip ? gzipSync(bytes) : bytes), (e) => e instanceof ChartError);
      }),
      params,
    );
  }, TEST_TIMEOUT);
});
