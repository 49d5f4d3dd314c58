import { describe, expect, test } from 'vitest';
import { compileCelRules } from '../../src/schemas/cel-rules.js';
import { SchemaCompiler } from '../../src/schemas/compile-schema.js';
import { fromOpenApiV3 } from '../../src/schemas/crd-schema.js';
import type { SchemaError } from '../../src/schemas/schema-error.js';

function check(schema: unknown, value: unknown, crd = true): string[] {
  const c = new SchemaCompiler({ crd, resolve: () => undefined, compileCel: compileCelRules });
  const errors: SchemaError[] = [];
  c.compile(fromOpenApiV3(schema))(value, { path: [], errors });
  return errors.map((e) => `${e.code}@${e.path.join('.')}${e.soft ? '~' : ''}`);
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

type Row = [string, unknown, unknown, string[]];

const rows: Row[] = [
  ['string type', obj({ a: { type: 'string' } }), { a: 1 }, ['type@a']],
  ['integer rejects float', obj({ a: { type: 'integer' } }), { a: 1.5 }, ['type@a']],
  ['number accepts integer', obj({ a: { type: 'number' } }), { a: 1 }, []],
  ['int-or-string', obj({ a: { 'x-kubernetes-int-or-string': true } }), { a: true }, ['type@a']],
  ['required', obj({ a: { type: 'string' } }, { required: ['a'] }), {}, ['required@a']],
  ['null is absent', obj({ a: { type: 'string' } }, { required: ['a'] }), { a: null }, ['required@a']],
  ['nullable keeps null', obj({ a: { type: 'string', nullable: true } }, { required: ['a'] }), { a: null }, []],
  ['null list item needs nullable', obj({ a: { type: 'array', items: { type: 'string' } } }), { a: [null] }, ['type@a.0']],
  ['unknown field', obj({ a: { type: 'string' } }), { b: 1 }, ['unknownField@b']],
  ['closed object without properties', obj({ a: { type: 'object' } }), { a: { x: 1 } }, ['unknownField@a.x']],
  ['preserve unknown fields', obj({ a: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } }), { a: { x: 1 } }, []],
  ['additionalProperties schema', obj({ a: { type: 'object', additionalProperties: { type: 'integer' } } }), { a: { x: 'y' } }, ['type@a.x']],
  ['enum', obj({ a: { type: 'string', enum: ['x', 'y'] } }), { a: 'z' }, ['enum@a']],
  ['pattern is RE2', obj({ a: { type: 'string', pattern: '^[a-z]+$' } }), { a: 'A' }, ['pattern@a']],
  ['lengths', obj({ a: { type: 'string', minLength: 2, maxLength: 3 } }), { a: 'abcd' }, ['maxLength@a']],
  ['minimum exclusive', obj({ a: { type: 'integer', minimum: 1, exclusiveMinimum: true } }), { a: 1 }, ['minimum@a']],
  ['maxItems', obj({ a: { type: 'array', maxItems: 1, items: { type: 'string' } } }), { a: ['x', 'y'] }, ['maxItems@a']],
  ['multipleOf', obj({ a: { type: 'number', multipleOf: 0.5 } }), { a: 0.75 }, ['multipleOf@a']],
  ['oneOf', obj({ a: { 'x-kubernetes-int-or-string': true, oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^x' }] } }), { a: 'y' }, ['oneOf@a']],
  ['anyOf branches ignore unknown fields', obj({ a: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, anyOf: [{ required: ['p'] }, { required: ['q'] }] } }), { a: { q: 1, r: 2 } }, []],
  ['format duration', obj({ a: { type: 'string', format: 'duration' } }), { a: 'soon' }, ['format@a']],
  ['format int32', obj({ a: { type: 'integer', format: 'int32' } }), { a: 2 ** 31 }, ['format@a']],
  ['format byte', obj({ a: { type: 'string', format: 'byte' } }), { a: 'aGk=' }, []],
  ['list-map keys unique', obj({ a: { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['n'], items: obj({ n: { type: 'string' } }) } }), { a: [{ n: 'x' }, { n: 'x' }] }, ['duplicateKey@a.1']],
  ['set unique', obj({ a: { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } } }), { a: ['x', 'x'] }, ['duplicateItem@a.1']],
  ['embedded resource needs apiVersion and kind', obj({ a: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true } }), { a: { spec: {} } }, ['required@a.apiVersion', 'required@a.kind']],
  ['CEL rule with message', obj({ a: { type: 'integer' }, b: { type: 'integer' } }, { 'x-kubernetes-validations': [{ rule: 'self.a < self.b', message: 'a < b' }] }), { a: 2, b: 1 }, ['cel@']],
  ['CEL fieldPath', obj({ a: { type: 'integer' } }, { 'x-kubernetes-validations': [{ rule: 'self.a > 0', fieldPath: '.a' }] }), { a: 0 }, ['cel@a']],
  ['CEL transition rules are skipped', obj({ a: { type: 'integer' } }, { 'x-kubernetes-validations': [{ rule: 'self.a == oldSelf.a' }] }), { a: 1 }, []],
  ['CEL unsupported library functions are skipped', obj({ a: { type: 'string' } }, { 'x-kubernetes-validations': [{ rule: "quantity(self.a).isGreaterThan(quantity('1'))" }] }), { a: '2' }, []],
  ['CEL Kubernetes list library', obj({ l: { type: 'array', items: { type: 'integer' } } }, { 'x-kubernetes-validations': [{ rule: 'self.l.isSorted() && self.l.sum() < 10 && self.l.indexOf(3) == 2' }] }), { l: [1, 2, 3] }, []],
  ['CEL Kubernetes list library failing', obj({ l: { type: 'array', items: { type: 'integer' } } }, { 'x-kubernetes-validations': [{ rule: 'self.l.isSorted()' }] }), { l: [2, 1] }, ['cel@']],
  ['CEL string replace and optionals', obj({ s: { type: 'string' } }, { 'x-kubernetes-validations': [{ rule: "self.s.replace('-', '') == 'ab' && self.?t.orValue('x') == 'x'" }] }), { s: 'a-b' }, []],
  ['CEL has() and passing rule', obj({ a: { type: 'string' } }, { 'x-kubernetes-validations': [{ rule: "!has(self.a) || self.a.startsWith('x')" }] }), { a: 'xy' }, []],
];

describe('SchemaCompiler (CRD semantics)', () => {
  test.each(rows)('%s', (_name, schema, value, want) => expect(check(schema, value)).toEqual(want));
});

describe('SchemaCompiler (built-in semantics)', () => {
  test('objects without properties are free-form and null is accepted everywhere', () => {
    expect(check(obj({ raw: { type: 'object' } }), { raw: { anything: 1 } }, false)).toEqual([]);
    expect(check(obj({ a: { type: 'array', items: { type: 'string' } } }), { a: [null] }, false)).toEqual([]);
  });
  test('list-map duplicates are warnings', () => {
    const schema = obj({ a: { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['n'], items: obj({ n: { type: 'string' } }) } });
    expect(check(schema, { a: [{ n: 'x' }, { n: 'x' }] }, false)).toEqual(['duplicateKey@a.1~']);
  });
});

describe('CEL messages', () => {
  test('messageExpression is evaluated', () => {
    const c = new SchemaCompiler({ crd: true, resolve: () => undefined, compileCel: compileCelRules });
    const errors: SchemaError[] = [];
    const schema = fromOpenApiV3(obj({ n: { type: 'integer' } }, { 'x-kubernetes-validations': [{ rule: 'self.n < 3', messageExpression: "'n is ' + string(self.n)" }] }));
    c.compile(schema)({ n: 5 }, { path: [], errors });
    expect(errors[0].params.message).toBe('n is 5');
  });
});
