/** Sprig v3.3.0 `reflect.go` functions plus `deepEqual` (reflect.DeepEqual). */
import type { FunctionTable } from '../template/registry.js';
import { goKindOf, goTypeOf, type GoValue } from '../template/value.js';
import { goDeepEqual } from './go/deep-equal.js';

const S = 'string';
const ANY = 'interface {}';

/** reflectionFunctions are typeOf/typeIs/typeIsLike/kindOf/kindIs/deepEqual. */
export const reflectionFunctions: FunctionTable = {
  typeOf: { params: [ANY], results: [S], fn: (v: GoValue) => goTypeOf(v) },
  typeIs: { params: [S, ANY], results: ['bool'], fn: (t: string, v: GoValue) => t === goTypeOf(v) },
  typeIsLike: {
    params: [S, ANY],
    results: ['bool'],
    fn: (t: string, v: GoValue) => {
      const actual = goTypeOf(v);
      return t === actual || '*' + t === actual;
    },
  },
  kindOf: { params: [ANY], results: [S], fn: (v: GoValue) => goKindOf(v) },
  kindIs: { params: [S, ANY], results: ['bool'], fn: (t: string, v: GoValue) => t === goKindOf(v) },
  deepEqual: { params: [ANY, ANY], results: ['bool'], fn: (a: GoValue, b: GoValue) => goDeepEqual(a, b) },
};
