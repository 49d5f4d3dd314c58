import { describe, expect, test } from 'vitest';
import { parseTemplate, executeTemplate, TemplateExecError } from '../../src/template/index.js';
import { FunctionError, FunctionRegistry, type GoFunction } from '../../src/template/registry.js';
import { GoInt, GoMap, GoStruct, newList, newMap, type GoValue } from '../../src/template/value.js';
import type { TemplateCallContext } from '../../src/template/exec.js';

function run(text: string, data: GoValue, funcs?: FunctionRegistry, helmVersion: 3 | 4 = 4): string {
  return executeTemplate(parseTemplate('t', text, { funcs, helmVersion }), 't', data);
}

function execError(text: string, data: GoValue, funcs?: FunctionRegistry): TemplateExecError {
  try {
    run(text, data, funcs);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateExecError);
    return e as TemplateExecError;
  }
  throw new Error('no error');
}

describe('executor mechanics', () => {
  test('functions receive the running execution as this', () => {
    let seen: TemplateCallContext | undefined;
    const probe: GoFunction = {
      params: [],
      results: ['string'],
      fn(this: TemplateCallContext) {
        seen = { set: this.set, helmVersion: this.helmVersion, executeNested: () => '' };
        return this.executeNested('inner', 'dot');
      },
    };
    const funcs = new FunctionRegistry({ probe });
    expect(run('{{ define "inner" }}[{{ . }}]{{ end }}{{ probe }}', undefined, funcs)).toBe('[dot]');
    expect(seen?.helmVersion).toBe(4);
    expect(seen?.set.lookup('inner')).toBeDefined();
  });

  test('a JavaScript exception in a function becomes `error calling X: message`', () => {
    const boom: GoFunction = {
      params: [],
      results: ['string'],
      fn() {
        throw new TypeError('cannot read x');
      },
    };
    const e = execError('{{ boom }}', undefined, new FunctionRegistry({ boom }));
    expect(e.rawMessage).toBe('error calling boom: cannot read x');
    expect(e.location).toEqual({ file: 't', line: 1, col: 3, context: 'boom' });
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  test('FunctionError messages are wrapped with the command as context', () => {
    const nope: GoFunction = {
      params: ['string'],
      results: ['string', 'error'],
      fn() {
        throw new FunctionError('no way');
      },
    };
    const e = execError('x\n  {{ nope "a" }}', undefined, new FunctionRegistry({ nope }));
    expect(e.goMessage).toBe('template: t:2:5: executing "t" at <nope "a">: error calling nope: no way');
  });

  test('columns are UTF-8 byte offsets', () => {
    const e = execError('é {{ .a.b.c }}', newMap());
    expect(e.location?.col).toBe(8);
  });

  test('map elements are interface {} typed in field errors, variables hold concrete types', () => {
    const data = newMap([['s', 'str']]);
    expect(execError('{{ .s.x }}', data).rawMessage).toBe("can't evaluate field x in type interface {}");
    expect(execError('{{ $v := .s }}{{ $v.x }}', data).rawMessage).toBe("can't evaluate field x in type string");
  });

  test('methods shadow map keys', () => {
    const values = new GoMap(new Map([['YAML', 'key']]), 'common.Values', {
      YAML: { params: [], results: ['string'], fn: () => 'method' },
    });
    expect(run('{{ .YAML }}', values)).toBe('method');
  });

  test('struct fields and stringers', () => {
    const kv = new GoStruct(
      'common.KubeVersion',
      new Map<string, GoValue>([['Major', '1']]),
      {},
      false,
      () => 'v1.35.0',
    );
    const caps = new GoStruct('*common.Capabilities', new Map<string, GoValue>([['KubeVersion', kv]]), {}, true);
    expect(run('{{ .KubeVersion.Major }} {{ .KubeVersion }}', caps)).toBe('1 v1.35.0');
    expect(execError('{{ .Nope }}', caps).rawMessage).toBe("can't evaluate field Nope in type *common.Capabilities");
  });

  test('range over int is a Go 1.24 feature (Helm 4 only)', () => {
    expect(run('{{ range 3 }}{{ . }}{{ end }}', undefined)).toBe('012');
    expect(() => run('{{ range 3 }}{{ . }}{{ end }}', undefined, undefined, 3)).toThrow("range can't iterate over 3");
  });

  test('integer literals are Go ints', () => {
    const kind: GoFunction = {
      params: ['interface {}'],
      results: ['string'],
      fn: (v: GoValue) => (v instanceof GoInt ? v.kind : typeof v),
    };
    expect(run('{{ kind 1 }} {{ kind 1.5 }} {{ kind "s" }}', undefined, new FunctionRegistry({ kind }))).toBe(
      'int number string',
    );
  });

  test('break and continue in nested ifs', () => {
    expect(
      run(
        '{{ range . }}{{ if eq . 3 }}{{ break }}{{ end }}{{ if eq . 1 }}{{ continue }}{{ end }}{{ . }}{{ end }}',
        newList([1, 2, 3, 4].map((n) => new GoInt(BigInt(n)))),
      ),
    ).toBe('2');
  });

  test('deep {{template}} recursion reports the maximum depth instead of overflowing', () => {
    const e = execError('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}', undefined);
    expect(e.rawMessage).toBe('exceeded maximum template depth (100000)');
    expect(e.templateName).toBe('r');
  });
});
