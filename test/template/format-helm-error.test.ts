import { describe, expect, test } from 'vitest';
import { formatHelmError, parseTemplate, executeTemplate, TemplateSet } from '../../src/template/index.js';
import { TemplateExecError, TemplateNotFoundError } from '../../src/template/errors.js';
import { FunctionError, FunctionRegistry } from '../../src/template/registry.js';
import { helmCoreFunctions } from '../../src/functions/helm-core.js';
import { newMap } from '../../src/template/value.js';

const funcs = new FunctionRegistry(helmCoreFunctions, {
  dict: {
    params: ['interface {}'],
    variadic: true,
    results: ['map[string]interface {}'],
    fn: (...kv: unknown[]) => newMap([[String(kv[0]), kv[1] as never]]),
  },
  boom: {
    params: [],
    results: ['string', 'error'],
    fn: () => {
      throw new FunctionError('plain failure');
    },
  },
});

function errorOf(text: string): unknown {
  try {
    executeTemplate(
      parseTemplate('c/templates/t.yaml', text, { funcs }),
      'c/templates/t.yaml',
      newMap([['Values', newMap()]]),
    );
  } catch (e) {
    return e;
  }
  throw new Error('no error');
}

describe('formatHelmError', () => {
  test('parse errors keep only the last ": " segment', () => {
    const e = errorOf('{{ 1e400 }}');
    expect(formatHelmError(e, 4)).toBe('parse error at (c/templates/t.yaml:1): "1e400"');
    expect(formatHelmError(e, 3)).toBe('parse error at (c/templates/t.yaml:1): "1e400"');
  });

  test('Helm 3 prints the raw Go message, Helm 4 the multi-line trace', () => {
    const e = errorOf('{{ .Values.nope.x }}');
    expect(formatHelmError(e, 3)).toBe(
      'template: c/templates/t.yaml:1:10: executing "c/templates/t.yaml" at <.Values.nope.x>: nil pointer evaluating interface {}.x',
    );
    expect(formatHelmError(e, 4)).toBe(
      'c/templates/t.yaml:1:10\n  executing "c/templates/t.yaml" at <.Values.nope.x>:\n    nil pointer evaluating interface {}.x',
    );
  });

  test('include errors chain: one trace entry per template', () => {
    const e = errorOf('{{ define "a" }}{{ .x.y }}{{ end }}{{ include "a" (dict "x" 1) }}');
    expect(e).toBeInstanceOf(TemplateExecError);
    expect((e as TemplateExecError).cause).toBeInstanceOf(TemplateExecError);
    expect(formatHelmError(e, 4)).toBe(
      'c/templates/t.yaml:1:38\n  executing "c/templates/t.yaml" at <include "a" (dict "x" 1)>:\n    error calling include:\n' +
        'c/templates/t.yaml:1:21\n  executing "a" at <.x.y>:\n    can\'t evaluate field y in type interface {}',
    );
  });

  test('a non-template error in the chain keeps the single-line Go message in Helm 4', () => {
    const e = errorOf('{{ boom }}');
    expect(formatHelmError(e, 4)).toBe(
      'template: c/templates/t.yaml:1:3: executing "c/templates/t.yaml" at <boom>: error calling boom: plain failure',
    );
  });

  test('required/fail report the outermost location', () => {
    const e = errorOf('{{ define "a" }}{{ required "need x" .x }}{{ end }}\n {{ include "a" (dict "y" 1) }}');
    expect(formatHelmError(e, 4)).toBe('execution error at (c/templates/t.yaml:2:4): need x');
    expect(formatHelmError(e, 3)).toBe('execution error at (c/templates/t.yaml:2:4): need x');
  });

  test('missing include target: message-only trace entry', () => {
    const e = errorOf('{{ include "nope" . }}');
    expect(formatHelmError(e, 4)).toBe(
      'c/templates/t.yaml:1:3\n  executing "c/templates/t.yaml" at <include "nope" .>:\n    error calling include:\ntemplate: no template "nope" associated with template "gotpl"',
    );
  });

  test('ExecuteTemplate of an unknown name is printed as is', () => {
    const set = new TemplateSet();
    let e: unknown;
    try {
      set.execute('x', undefined);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(TemplateNotFoundError);
    expect(formatHelmError(e, 4)).toBe('template: no template "x" associated with template "gotpl"');
  });
});
