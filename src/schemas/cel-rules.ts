import { createRequire } from 'node:module';
import type { Environment } from '@marcbachmann/cel-js';
import type { CelRule, CompactSchema } from './compact-schema.js';
import type { CelCheck, WalkState } from './compile-schema.js';

type CelProgram = (context: Record<string, unknown>) => unknown;

interface CompiledRule {
  rule: CelRule;
  program: CelProgram;
  message?: CelProgram;
  fieldPath: string[];
}

const require = createRequire(import.meta.url);
let environment: Environment | undefined;

/** env creates the CEL environment on first use; the evaluator loads only when a CRD has rules. */
function env(): Environment {
  if (!environment) {
    const cel = require('@marcbachmann/cel-js') as { Environment: typeof Environment };
    environment = new cel.Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false, enableOptionalTypes: true });
    registerKubernetesLibrary(environment);
  }
  return environment;
}

type CelList = unknown[];
const less = (a: unknown, b: unknown): boolean => (a as number) < (b as number);

/**
 * registerKubernetesLibrary adds the parts of the Kubernetes CEL libraries (k8s.io/apiserver
 * `pkg/cel/library`: lists, strings, URLs) that CRD rules commonly use and the evaluator lacks.
 * Rules calling other library functions (quantity, ip, cidr, format...) are skipped.
 */
function registerKubernetesLibrary(e: Environment): void {
  e.registerFunction('string.replace(string, string): string', (s: string, from: string, to: string) => s.split(from).join(to));
  e.registerFunction('list.isSorted(): bool', (l: CelList) => l.every((x, i) => i === 0 || !less(x, l[i - 1])));
  e.registerFunction('list.sum(): dyn', (l: CelList) => (l.length === 0 ? 0n : l.reduce((a, b) => (a as number) + (b as number))));
  e.registerFunction('list.min(): dyn', (l: CelList) => l.reduce((a, b) => (less(b, a) ? b : a)));
  e.registerFunction('list.max(): dyn', (l: CelList) => l.reduce((a, b) => (less(a, b) ? b : a)));
  e.registerFunction('list.indexOf(dyn): int', (l: CelList, v: unknown) => BigInt(l.indexOf(v)));
  e.registerFunction('list.lastIndexOf(dyn): int', (l: CelList, v: unknown) => BigInt(l.lastIndexOf(v)));
  e.registerFunction('isURL(string): bool', (s: string) => URL.canParse(s));
}

/** toCel converts a decoded value to CEL's model: integers of integer-typed fields become int (bigint). */
export function toCel(value: unknown, schema: CompactSchema | undefined): unknown {
  if (typeof value === 'number') {
    const intish = !schema || schema.t === 'integer' || schema.ios === 1 || schema.f === 'int-or-string' || !schema.t;
    return Number.isInteger(value) && intish ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => toCel(v, schema?.i));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const sub = schema?.p?.[k] ?? (typeof schema?.a === 'object' ? schema.a : undefined);
      out[k] = toCel(v, sub);
    }
    return out;
  }
  return value;
}

function fieldPathOf(fieldPath: string | undefined): string[] {
  if (!fieldPath) return [];
  return fieldPath
    .replace(/\[['"]([^'"]+)['"]\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
}

/** isUnsupported tells evaluation errors from functions this evaluator lacks (Kubernetes CEL libraries). */
function isUnsupported(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /no matching overload|Unknown function|not supported|Unknown variable/i.test(msg);
}

/**
 * compileCelRules compiles a schema node's `x-kubernetes-validations` with a maintained CEL
 * evaluator (@marcbachmann/cel-js). Transition rules (using `oldSelf`) cannot apply to a
 * manifest and are skipped, as are rules using Kubernetes CEL library functions the evaluator
 * lacks; the remaining rules report `message`, `messageExpression` or the rule text.
 */
export function compileCelRules(rules: CelRule[]): CelCheck {
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    if (/\boldSelf\b/.test(rule.rule)) continue;
    try {
      const program = env().parse(rule.rule) as unknown as CelProgram;
      let message: CelProgram | undefined;
      if (rule.messageExpression) {
        try {
          message = env().parse(rule.messageExpression) as unknown as CelProgram;
        } catch {
          message = undefined;
        }
      }
      compiled.push({ rule, program, message, fieldPath: fieldPathOf(rule.fieldPath) });
    } catch {
      // A rule this evaluator cannot parse is skipped rather than reported as a false error.
    }
  }
  return (self: unknown, schema: CompactSchema, state: WalkState) => {
    if (compiled.length === 0 || self === null || self === undefined) return;
    const context = { self: toCel(self, schema) };
    for (const c of compiled) evaluateRule(c, context, state);
  };
}

function evaluateRule(c: CompiledRule, context: Record<string, unknown>, state: WalkState): void {
  let result: unknown;
  try {
    result = c.program(context);
  } catch (err) {
    if (isUnsupported(err)) return;
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    push(state, c, `${c.rule}: ${detail}`);
    return;
  }
  if (result === true) return;
  let message = c.rule.message ?? `failed rule: ${c.rule.rule}`;
  if (c.message) {
    try {
      const m = c.message(context);
      if (typeof m === 'string' && m !== '') message = m;
    } catch {
      // Keep the static message when the expression fails, as the API server does.
    }
  }
  push(state, c, message);
}

function push(state: WalkState, c: CompiledRule, message: string): void {
  state.errors.push({
    code: 'cel',
    path: [...state.path, ...c.fieldPath],
    target: 'value',
    params: { message, rule: c.rule.rule, reason: c.rule.reason ?? 'FieldValueInvalid' },
  });
}
