/** Sprig v3.3.0 `defaults.go` flow functions: default, empty, coalesce, all, any, ternary. */
import type { FunctionTable } from '../template/registry.js';
import type { GoValue } from '../template/value.js';
import { goEmpty } from './go/empty.js';

const ANY = 'interface {}';

/** defaultFunctions are Sprig's default/empty/coalesce/all/any/ternary. */
export const defaultFunctions: FunctionTable = {
  default: {
    params: [ANY, ANY],
    variadic: true,
    results: [ANY],
    fn: (d: GoValue, ...given: GoValue[]) => (given.length === 0 || goEmpty(given[0]) ? d : given[0]),
  },
  empty: { params: [ANY], results: ['bool'], fn: (v: GoValue) => goEmpty(v) },
  coalesce: {
    params: [ANY],
    variadic: true,
    results: [ANY],
    fn: (...v: GoValue[]) => v.find((x) => !goEmpty(x)) ?? null,
  },
  all: { params: [ANY], variadic: true, results: ['bool'], fn: (...v: GoValue[]) => v.every((x) => !goEmpty(x)) },
  any: { params: [ANY], variadic: true, results: ['bool'], fn: (...v: GoValue[]) => v.some((x) => !goEmpty(x)) },
  ternary: { params: [ANY, ANY, 'bool'], results: [ANY], fn: (vt: GoValue, vf: GoValue, c: boolean) => (c ? vt : vf) },
};
