import { describe, expect, test } from 'vitest';
import {
  TemplateSet,
  removeNoValue,
  parseTemplate,
  executeTemplate,
  renderTemplate,
} from '../../src/template/index.js';
import { TemplateNotFoundError, TemplateParseError } from '../../src/template/errors.js';
import { FunctionRegistry } from '../../src/template/registry.js';
import { newMap } from '../../src/template/value.js';

describe('TemplateSet', () => {
  test('defines are shared across files; a later non-empty definition replaces an earlier one', () => {
    const set = new TemplateSet();
    set.parse('c/templates/_b.tpl', '{{define "x"}}B{{end}}');
    set.parse('c/templates/_a.tpl', '{{define "x"}}A{{end}}');
    set.parse('c/templates/t.yaml', '{{template "x"}}');
    expect(set.execute('c/templates/t.yaml', undefined)).toBe('A');
  });

  test('an empty definition never replaces an existing one', () => {
    const set = new TemplateSet();
    set.parse('f1', '{{define "x"}}X{{end}}');
    set.parse('f2', '{{define "x"}} {{/* nothing */}} {{end}}');
    set.parse('t', '{{template "x"}}');
    expect(set.execute('t', undefined)).toBe('X');
  });

  test('a file of defines only is itself an (empty) template', () => {
    const set = new TemplateSet();
    set.parse('c/templates/_helpers.tpl', '{{define "x"}}X{{end}}\n');
    expect(set.names()).toEqual(['c/templates/_helpers.tpl', 'x']);
    expect(set.execute('c/templates/_helpers.tpl', undefined)).toBe('\n');
  });

  test('unknown template names fail like ExecuteTemplate', () => {
    const set = new TemplateSet();
    expect(() => set.execute('nope', undefined)).toThrow(TemplateNotFoundError);
    expect(() => set.execute('nope', undefined)).toThrow(
      'template: no template "nope" associated with template "gotpl"',
    );
  });

  test('clone has its own templates but shares functions and include counters', () => {
    const set = new TemplateSet();
    set.parse('a', 'A');
    const c = set.clone();
    c.parse('b', 'B');
    expect(set.lookup('b')).toBeUndefined();
    expect(c.lookup('a')).toBe(set.lookup('a'));
    expect(c.funcs).toBe(set.funcs);
    expect(c.includedNames).toBe(set.includedNames);
  });

  test('function names are checked at parse time against the registry and builtins', () => {
    const funcs = new FunctionRegistry({
      shout: { params: ['string'], results: ['string'], fn: (s: string) => s.toUpperCase() },
    });
    expect(renderTemplate('t', '{{ shout "a" }}{{ len "abc" }}', undefined, { funcs })).toBe('A3');
    expect(() => parseTemplate('t', '{{ whisper "a" }}', funcs)).toThrow(TemplateParseError);
  });

  test('parsed trees are cached per text and reused', () => {
    const funcs = new FunctionRegistry();
    const a = new TemplateSet({ funcs });
    const b = new TemplateSet({ funcs });
    expect(a.parse('t', '{{ 1 }}')).toBe(b.parse('t', '{{ 1 }}'));
  });

  test('executeTemplate keeps <no value>; removeNoValue strips it as Helm does per file', () => {
    const set = parseTemplate('t', 'a{{ .missing }}b');
    const out = executeTemplate(set, 't', newMap());
    expect(out).toBe('a<no value>b');
    expect(removeNoValue(out)).toBe('ab');
  });
});
