/** Sprig v3.3.0 conversions: `atoi`, `int`, `int64`, `float64` (spf13/cast) and `toDecimal`. */
import type { FunctionTable } from '../template/registry.js';
import { goInt, type GoValue } from '../template/value.js';
import { castToFloat64, castToInt64 } from './go/cast.js';
import { formatV } from './go/print.js';
import { parseInt64 } from './go/strconv.js';

const ANY = 'interface {}';

/** conversionFunctions are atoi/int/int64/float64/toDecimal. */
export const conversionFunctions: FunctionTable = {
  atoi: {
    params: ['string'],
    results: ['int'],
    fn: (s: string) => {
      const r = parseInt64(s, 10);
      return goInt(r.err === 'syntax' ? 0n : r.value);
    },
  },
  int: { params: [ANY], results: ['int'], fn: (v: GoValue) => goInt(castToInt64(v)) },
  int64: { params: [ANY], results: ['int64'], fn: (v: GoValue) => goInt(castToInt64(v), 'int64') },
  float64: { params: [ANY], results: ['float64'], fn: (v: GoValue) => castToFloat64(v) },
  toDecimal: {
    params: [ANY],
    results: ['int64'],
    fn: (v: GoValue) => {
      const r = parseInt64(formatV(v), 8);
      return goInt(r.err ? 0n : r.value, 'int64');
    },
  },
};
