import { GoMap, GoSlice, type GoValue } from '../template/value.js';
import { ChartError } from './errors.js';
import type { Chart } from './types.js';
import { logPrintf } from './log.js';

/**
 * Coalescing user values with chart defaults (helm/helm v4.1.4 pkg/chart/common/util/coalesce.go;
 * Helm 3.17.3 pkg/chartutil/coalesce.go differs only in `coalesceTablesFullKey`'s nil handling).
 * Go map iteration order only affects the order of warnings here.
 */

/** Warn receives Helm's log.Printf warnings. */
export type Warn = (msg: string) => void;

/** isTable is Helm's `istable`: a `map[string]interface {}`. */
export function isTable(v: GoValue): v is GoMap {
  return v instanceof GoMap && (v.type === 'map[string]interface {}' || v.type === 'common.Values' || v.type === 'chartutil.Values');
}

/** deepCopy is copystructure.Copy for values: maps and slices are copied recursively. */
export function deepCopy(v: GoValue): GoValue {
  if (v instanceof GoMap) {
    const m = new Map<string, GoValue>();
    for (const [k, x] of v.entries) m.set(k, deepCopy(x));
    return new GoMap(m, v.type, v.methods);
  }
  if (v instanceof GoSlice) return new GoSlice(v.items.map(deepCopy), v.type, v.isNil);
  return v;
}

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

/** goPrintV approximates `%v` for warning messages. */
function goPrintV(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoMap) return `map[${v.sortedKeys().map((k) => `${k}:${goPrintV(v.entries.get(k))}`).join(' ')}]`;
  if (v instanceof GoSlice) return `[${v.items.map(goPrintV).join(' ')}]`;
  return String(v);
}

/** CoalesceContext carries the Helm major version and a warning sink. */
export interface CoalesceContext {
  helmVersion: 3 | 4;
  warn: Warn;
}

/** coalesceValuesTree is `CoalesceValues(chart, vals)`: copies `vals` and merges chart defaults into it. */
export function coalesceValuesTree(chart: Chart, vals: GoMap, ctx: CoalesceContext): GoMap {
  const copy = deepCopy(vals) as GoMap;
  return coalesce(chart, copy, '', false, ctx);
}

/** mergeValuesTree is `MergeValues(chart, nil)`: like coalescing, but `null`s are kept (import-values). */
export function mergeValuesTree(chart: Chart, ctx: CoalesceContext): GoMap {
  return coalesce(chart, new GoMap(), '', true, ctx);
}

function coalesce(chart: Chart, dest: GoMap, prefix: string, merge: boolean, ctx: CoalesceContext): GoMap {
  coalesceChartValues(chart, dest, prefix, merge, ctx);
  return coalesceDeps(chart, dest, prefix, merge, ctx);
}

function coalesceDeps(chart: Chart, dest: GoMap, prefix: string, merge: boolean, ctx: CoalesceContext): GoMap {
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    const c = dest.entries.get(name);
    if (!dest.entries.has(name)) dest.entries.set(name, new GoMap());
    else if (!isTable(c)) throw new ChartError(`type mismatch on ${name}: ${goBoolVerb(c)}`, 'VALUES');
    const dv = dest.entries.get(name) as GoMap;
    const subPrefix = concatPrefix(prefix, chart.metadata.name);
    coalesceGlobals(dv, dest, subPrefix, ctx);
    dest.entries.set(name, coalesce(sub, dv, subPrefix, merge, ctx));
  }
  return dest;
}

/** goBoolVerb is fmt's `%t` applied to a non-bool value (`%!t(string=x)`). */
function goBoolVerb(v: GoValue): string {
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '%!t(<nil>)';
  const t = typeof v === 'string' ? 'string' : typeof v === 'number' ? 'float64' : v instanceof GoSlice ? v.type : 'int64';
  return `%!t(${t}=${goPrintV(v)})`;
}

function coalesceGlobals(dest: GoMap, src: GoMap, prefix: string, ctx: CoalesceContext): void {
  let dg: GoMap;
  let sg: GoMap;
  const destglob = dest.entries.get('global');
  if (!dest.entries.has('global')) dg = new GoMap();
  else if (isTable(destglob)) dg = destglob;
  else {
    ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:138', 'warning: skipping globals because destination global is not a table.'));
    return;
  }
  const srcglob = src.entries.get('global');
  if (!src.entries.has('global')) sg = new GoMap();
  else if (isTable(srcglob)) sg = srcglob;
  else {
    ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:145', 'warning: skipping globals because source global is not a table.'));
    return;
  }
  for (const [key, val] of sg.entries) {
    if (isTable(val)) {
      const vv = new GoMap(new Map(val.entries));
      const destv = dg.entries.get(key);
      if (!dg.entries.has(key)) dg.entries.set(key, vv);
      else if (!isTable(destv)) ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:161', `Conflict: cannot merge map onto non-map for ${JSON.stringify(key)}. Skipping.`));
      else {
        coalesceTablesFullKey(vv, destv, concatPrefix(prefix, key), true, ctx);
        dg.entries.set(key, vv);
      }
    } else if (dg.entries.has(key) && isTable(dg.entries.get(key))) {
      ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:175', `key ${key} is table. Skipping`));
    } else {
      dg.entries.set(key, val);
    }
  }
  dest.entries.set('global', dg);
}

function coalesceChartValues(chart: Chart, v: GoMap, prefix: string, merge: boolean, ctx: CoalesceContext): void {
  const subPrefix = concatPrefix(prefix, chart.metadata.name);
  const vc = deepCopy(chart.values) as GoMap;
  for (const [key, val] of vc.entries) {
    if (v.entries.has(key)) {
      const value = v.entries.get(key);
      if ((value === null || value === undefined) && !merge) {
        v.entries.delete(key);
      } else if (isTable(value)) {
        if (!isTable(val)) {
          if (val !== null && val !== undefined) ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:237', `warning: skipped value for ${subPrefix}.${key}: Not a table.`));
        } else {
          const m = chart.dependencies.some((s) => s.metadata.name === key) ? true : merge;
          coalesceTablesFullKey(value, val, concatPrefix(subPrefix, key), m, ctx);
        }
      }
    } else {
      v.entries.set(key, val);
    }
  }
}

/** coalesceTablesFullKey merges `src` into `dst`; `dst` wins (see the version note above). */
export function coalesceTablesFullKey(dst: GoMap, src: GoMap, prefix: string, merge: boolean, ctx: CoalesceContext): GoMap {
  const srcOriginalNonNil = new Set<string>();
  if (ctx.helmVersion === 4) {
    for (const [k, x] of src.entries) if (x !== null && x !== undefined) srcOriginalNonNil.add(k);
    for (const [k, x] of dst.entries) if (x === null || x === undefined) src.entries.set(k, null);
  }
  for (const [key, val] of [...src.entries]) {
    const fullkey = concatPrefix(prefix, key);
    const ok = dst.entries.has(key);
    const dv = dst.entries.get(key);
    const nullify = ctx.helmVersion === 4 ? srcOriginalNonNil.has(key) : true;
    if (ok && !merge && (dv === null || dv === undefined) && nullify) {
      dst.entries.delete(key);
    } else if (!ok) {
      dst.entries.set(key, val);
    } else if (isTable(val)) {
      if (isTable(dv)) coalesceTablesFullKey(dv, val, fullkey, merge, ctx);
      else ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:298', `warning: cannot overwrite table with non table for ${fullkey} (${goPrintV(val)})`));
    } else if (isTable(dv) && val !== null && val !== undefined) {
      ctx.warn(logPrintf(ctx.helmVersion, 'coalesce.go:301', `warning: destination for ${fullkey} is a table. Ignoring non-table value (${goPrintV(val)})`));
    }
  }
  return dst;
}
