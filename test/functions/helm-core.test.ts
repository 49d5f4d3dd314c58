import { describe, expect, test } from 'vitest';
import { helmCoreFunctions } from '../../src/functions/helm-core.js';
import { parseTemplate, executeTemplate, TemplateExecError } from '../../src/template/index.js';
import { FunctionRegistry } from '../../src/template/registry.js';
import { GoMap, newMap, type GoValue } from '../../src/template/value.js';

const funcs = new FunctionRegistry(helmCoreFunctions);

function run(text: string, data: GoValue = newMap()): string {
  return executeTemplate(parseTemplate('t', text, { funcs }), 't', data);
}

function rawError(text: string): string {
  try {
    run(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateExecError);
    return (e as TemplateExecError).rawMessage;
  }
  throw new Error('no error');
}

describe('helm core functions', () => {
  test('include renders a define into a string (output not cleaned of <no value>)', () => {
    expect(
      run('{{ define "a" }}<{{ .y }}>{{ .x }}{{ end }}{{ include "a" . | printf "%q" }}', newMap([['y', 'd']])),
    ).toBe('"<d><no value>"');
  });

  test('include counters return to zero after success and failure', () => {
    const set = parseTemplate('t', '{{ define "a" }}{{ .x.y }}{{ end }}{{ include "a" . }}', { funcs });
    expect(() => executeTemplate(set, 't', newMap([['x', 'str']]))).toThrow(TemplateExecError);
    expect(set.includedNames.get('a')).toBe(0);
  });

  test('include recursion stops after 1000 nested calls of one name', () => {
    const msg = rawError('{{ define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}');
    expect(
      msg.endsWith(
        'error calling include: rendering template has a nested reference name: r: unable to execute template',
      ),
    ).toBe(true);
    expect(msg.split('error calling include').length - 1).toBe(1002);
  });

  test('tpl parses under the root name, sees defines, keeps its own defines local and strips <no value>', () => {
    expect(run('{{ define "d" }}D{{ end }}{{ tpl "{{ include \\"d\\" . }}{{ .x }}|" . }}')).toBe('D|');
    expect(rawError('{{ tpl "{{ define \\"q\\" }}Q{{ end }}" . }}{{ include "q" . }}')).toBe(
      'error calling include: template: no template "q" associated with template "gotpl"',
    );
    expect(rawError('{{ tpl "{{ .x" . }}')).toBe(
      'error calling tpl: cannot parse template "{{ .x": template: gotpl:1: unclosed action',
    );
  });

  test('required fails on nil and empty string, passes everything else', () => {
    expect(run('{{ required "m" 0 }} {{ required "m" false }}')).toBe('0 false');
    expect(rawError('{{ required "need" .nope }}')).toBe('error calling required: HELM_ERR_STARTneedHELM_ERR_END');
    expect(rawError('{{ required "need" "" }}')).toBe('error calling required: HELM_ERR_STARTneedHELM_ERR_END');
  });

  test('fail wraps its message in Helm sentinels', () => {
    expect(rawError('{{ fail "boom" }}')).toBe('error calling fail: HELM_ERR_STARTboomHELM_ERR_END');
  });

  test('lookup returns an empty map offline', () => {
    const v = helmCoreFunctions.lookup.fn('v1', 'Pod', 'ns', 'x');
    expect(v).toBeInstanceOf(GoMap);
    expect((v as GoMap).entries.size).toBe(0);
  });
});
