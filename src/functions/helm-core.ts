/**
 * Helm's own template functions that need the running template set or Helm's error
 * sentinels (helm/helm pkg/engine/engine.go `includeFun`, `tplFun`, `initFunMap`, funcs.go).
 * Functions run with `this` bound to the executing TemplateSet.
 */
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoMap, type GoValue } from '../template/value.js';
import { TemplateSet, removeNoValue } from '../template/template-set.js';
import type { TemplateCallContext } from '../template/exec.js';
import { goQuote } from '../template/go-literals.js';

/** RECURSION_MAX_NUMS is Helm's limit of nested `include`s of one name. */
const RECURSION_MAX_NUMS = 1000;

/** HelmWrappedError is an error Helm wraps around an inner one (`fmt.Errorf("...: %w", err)`). */
export class HelmWrappedError extends FunctionError {
  constructor(
    message: string,
    override readonly cause: Error,
  ) {
    super(message);
  }
}

/** helmErr wraps a message in Helm's HELM_ERR_START/END sentinels (`warnWrap`). */
function helmErr(msg: string): FunctionError {
  return new FunctionError(`HELM_ERR_START${msg}HELM_ERR_END`);
}

function running(self: unknown, fn: string): TemplateCallContext<TemplateSet> {
  const ctx = self as Partial<TemplateCallContext> | undefined;
  if (ctx && ctx.set instanceof TemplateSet && typeof ctx.executeNested === 'function')
    return ctx as TemplateCallContext<TemplateSet>;
  throw new FunctionError(`${fn} can only be called while a template executes`);
}

function include(this: unknown, name: string, data: GoValue): GoValue {
  const ctx = running(this, 'include');
  const counts = ctx.set.includedNames;
  const v = counts.get(name);
  if (v !== undefined && v > RECURSION_MAX_NUMS) {
    throw new FunctionError(`rendering template has a nested reference name: ${name}: unable to execute template`);
  }
  counts.set(name, (v ?? 0) + 1);
  try {
    return ctx.executeNested(name, data);
  } finally {
    counts.set(name, counts.get(name)! - 1);
  }
}

function tpl(this: unknown, text: string, vals: GoValue): GoValue {
  const clone = running(this, 'tpl').set.clone();
  let tree;
  try {
    tree = clone.parse(clone.name, text);
  } catch (e) {
    throw new HelmWrappedError(`cannot parse template ${goQuote(text)}: ${(e as Error).message}`, e as Error);
  }
  try {
    return removeNoValue(clone.executeTree(tree, vals));
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw new HelmWrappedError(
      `error during tpl function execution for ${goQuote(text)}: ${(e as Error).message}`,
      e as Error,
    );
  }
}

/** helmCoreFunctions are include, tpl, required, fail, lookup and the DNS-disabled getHostByName. */
export const helmCoreFunctions: FunctionTable = {
  include: { params: ['string', 'interface {}'], results: ['string', 'error'], fn: include },
  tpl: { params: ['string', 'interface {}'], results: ['string', 'error'], fn: tpl },
  required: {
    params: ['string', 'interface {}'],
    results: ['interface {}', 'error'],
    fn: (warn: string, val: GoValue) => {
      if (val === null || val === undefined || val === '') throw helmErr(warn);
      return val;
    },
  },
  fail: {
    params: ['string'],
    results: ['string', 'error'],
    fn: (msg: string) => {
      throw helmErr(msg);
    },
  },
  lookup: {
    params: ['string', 'string', 'string', 'string'],
    results: ['map[string]interface {}', 'error'],
    fn: () => new GoMap(),
  },
  getHostByName: { params: ['string'], results: ['string'], fn: () => '' },
};
