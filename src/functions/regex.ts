/**
 * Sprig's regular-expression functions (Masterminds/sprig v3.3.0 `regex.go`) with Go RE2 semantics.
 * Plain variants use `regexp.MustCompile`, so a bad pattern panics
 * (`regexp: Compile(...): error parsing regexp: ...`); `must*` variants return the syntax error.
 */
import { FunctionError, type FunctionTable, type GoFunction } from '../template/registry.js';
import { GoSlice, type GoInt } from '../template/value.js';
import { GoRegexp, GoRegexpSyntaxError, quoteMeta } from './go/regexp.js';

/** mustCompile is `regexp.MustCompile`: a syntax error becomes the panic message. */
function mustCompile(expr: string): GoRegexp {
  try {
    return GoRegexp.compile(expr);
  } catch (e) {
    if (e instanceof GoRegexpSyntaxError) throw new FunctionError(e.mustCompileMessage);
    throw e;
  }
}

/** compileOrError is `regexp.Compile` whose error is returned to the template. */
function compileOrError(expr: string): GoRegexp {
  try {
    return GoRegexp.compile(expr);
  } catch (e) {
    if (e instanceof GoRegexpSyntaxError) throw new FunctionError(e.message);
    throw e;
  }
}

/** strings builds a Go `[]string`; null means the nil slice (prints `[]`, JSON `null`). */
function strings(items: string[] | null): GoSlice {
  return items === null ? new GoSlice([], '[]string', true) : new GoSlice(items, '[]string');
}

type Compile = (expr: string) => GoRegexp;

function findAll(compile: Compile, results: string[]): GoFunction {
  return {
    params: ['string', 'string', 'int'],
    results,
    fn: (re: string, s: string, n: GoInt) => strings(compile(re).findAllString(s, Number(n.v))),
  };
}

function find(compile: Compile, results: string[]): GoFunction {
  return { params: ['string', 'string'], results, fn: (re: string, s: string) => compile(re).findString(s) };
}

function replaceAll(compile: Compile, results: string[]): GoFunction {
  return {
    params: ['string', 'string', 'string'],
    results,
    fn: (re: string, s: string, repl: string) => compile(re).replaceAllString(s, repl),
  };
}

function replaceAllLiteral(compile: Compile, results: string[]): GoFunction {
  return {
    params: ['string', 'string', 'string'],
    results,
    fn: (re: string, s: string, repl: string) => compile(re).replaceAllLiteralString(s, repl),
  };
}

function split(compile: Compile, results: string[]): GoFunction {
  return {
    params: ['string', 'string', 'int'],
    results,
    fn: (re: string, s: string, n: GoInt) => strings(compile(re).split(s, Number(n.v))),
  };
}

/** regexMatch ignores compile errors (`regexp.MatchString` error dropped → false). */
function regexMatch(re: string, s: string): boolean {
  try {
    return GoRegexp.compile(re).matchString(s);
  } catch (e) {
    if (e instanceof GoRegexpSyntaxError) return false;
    throw e;
  }
}

const PLAIN_LIST = ['[]string'];
const MUST_LIST = ['[]string', 'error'];

/** regexFunctions: Sprig's regex family. */
export const regexFunctions: FunctionTable = {
  regexMatch: { params: ['string', 'string'], results: ['bool'], fn: regexMatch },
  mustRegexMatch: {
    params: ['string', 'string'],
    results: ['bool', 'error'],
    fn: (re: string, s: string) => compileOrError(re).matchString(s),
  },
  regexFindAll: findAll(mustCompile, PLAIN_LIST),
  mustRegexFindAll: findAll(compileOrError, MUST_LIST),
  regexFind: find(mustCompile, ['string']),
  mustRegexFind: find(compileOrError, ['string', 'error']),
  regexReplaceAll: replaceAll(mustCompile, ['string']),
  mustRegexReplaceAll: replaceAll(compileOrError, ['string', 'error']),
  regexReplaceAllLiteral: replaceAllLiteral(mustCompile, ['string']),
  mustRegexReplaceAllLiteral: replaceAllLiteral(compileOrError, ['string', 'error']),
  regexSplit: split(mustCompile, PLAIN_LIST),
  mustRegexSplit: split(compileOrError, MUST_LIST),
  regexQuoteMeta: { params: ['string'], results: ['string'], fn: quoteMeta },
};
