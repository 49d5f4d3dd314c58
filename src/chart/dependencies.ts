import { GoMap, type GoValue } from '../template/value.js';
import { coalesceTablesFullKey, coalesceValuesTree, deepCopy, isTable, mergeValuesTree, type CoalesceContext } from './coalesce.js';
import { tableAt, pathValue } from './values-path.js';
import { isCompatibleRange } from './version-range.js';
import type { Chart, Dependency, Metadata } from './types.js';
import { logPrintf, slogWarn } from './log.js';

/**
 * Dependency processing (helm/helm v4.1.4 pkg/chart/v2/util/dependencies.go, same merge
 * semantics as Helm 3.17's ProcessDependenciesWithMerge): aliases, conditions, tags, then
 * import-values. Mutates the chart tree like Helm does (the processed metadata is visible
 * through `.Chart.Dependencies`).
 */
export function processDependencies(c: Chart, v: GoMap, ctx: CoalesceContext): void {
  processDependencyEnabled(c, v, '', ctx);
  processDependencyImportValues(c, ctx);
}

function copyMetadata(md: Metadata): Metadata {
  return { ...md, dependencies: md.dependencies ? md.dependencies.map((d) => ({ ...d })) : null };
}

function getAliasDependency(charts: Chart[], dep: Dependency, helmV: 3 | 4): Chart | undefined {
  for (const c of charts) {
    if (c.metadata.name !== dep.name) continue;
    if (!isCompatibleRange(dep.version, c.metadata.version, helmV)) continue;
    const out: Chart = { ...c, metadata: copyMetadata(c.metadata), dependencies: [] };
    for (const d of c.dependencies) out.dependencies.push({ ...d, parent: out });
    if (dep.alias !== '') out.metadata.name = dep.alias;
    return out;
  }
  return undefined;
}

function processDependencyConditions(reqs: Dependency[], cvals: GoMap, cpath: string, ctx: CoalesceContext): void {
  for (const r of reqs) {
    for (const cond of r.condition.trim().split(',')) {
      if (cond.length === 0) continue;
      const pv = pathValue(cvals, cpath + cond);
      if (!pv) continue;
      if (typeof pv.value === 'boolean') {
        r.enabled = pv.value;
        break;
      }
      ctx.warn(ctx.helmVersion === 4 ? slogWarn('returned non-bool value', [['path', cond], ['chart', r.name]]) : logPrintf(3, 'dependencies.go:63', `Warning: Condition path '${cond}' for chart ${r.name} returned non-bool value`));
    }
  }
}

function processDependencyTags(reqs: Dependency[], cvals: GoMap, ctx: CoalesceContext): void {
  const vt = tableAt(cvals, 'tags');
  if (!vt) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags ?? []) {
      if (!vt.entries.has(k)) continue;
      const b = vt.entries.get(k);
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      } else {
        ctx.warn(ctx.helmVersion === 4 ? slogWarn('returned non-bool value', [['tag', k], ['chart', r.name]]) : logPrintf(3, 'dependencies.go:94', `Warning: Tag '${k}' for chart ${r.name} returned non-bool value`));
      }
    }
    if (!hasTrue && hasFalse) r.enabled = false;
    else r.enabled = true;
  }
}

function processDependencyEnabled(c: Chart, v: GoMap, path: string, ctx: CoalesceContext): void {
  if (c.metadata.dependencies === null) return;
  const reqs = c.metadata.dependencies;
  const chartDependencies: Chart[] = [];
  for (const existing of c.dependencies) {
    const listed = reqs.some((req) => req && existing.metadata.name === req.name && isCompatibleRange(req.version, existing.metadata.version, ctx.helmVersion));
    if (!listed) chartDependencies.push(existing);
  }
  for (const req of reqs) {
    if (!req) continue;
    const cd = getAliasDependency(c.dependencies, req, ctx.helmVersion);
    if (cd) chartDependencies.push(cd);
    if (req.alias !== '') req.name = req.alias;
  }
  setDependencies(c, chartDependencies);
  for (const lr of reqs) lr.enabled = true;
  const cvals = coalesceValuesTree(c, v, ctx);
  processDependencyTags(reqs, cvals, ctx);
  processDependencyConditions(reqs, cvals, path, ctx);
  const rm = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
  const cd = c.dependencies.filter((n) => !rm.has(n.metadata.name));
  const cdMetadata = reqs.filter((n) => !rm.has(n.name));
  for (const t of cd) processDependencyEnabled(t, cvals, `${path}${t.metadata.name}.`, ctx);
  c.metadata.dependencies = cdMetadata;
  setDependencies(c, cd);
}

function setDependencies(c: Chart, deps: Chart[]): void {
  c.dependencies = deps;
  for (const d of deps) d.parent = c;
}

function pathToMap(path: string, data: GoMap): GoMap {
  if (path === '.') return data;
  let cur: GoMap = data;
  const parts = path.split('.');
  for (let i = parts.length - 1; i >= 0; i--) cur = new GoMap(new Map([[parts[i], cur]]));
  return cur;
}

function goSprintV(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  return String(v);
}

function processImportValues(c: Chart, ctx: CoalesceContext): void {
  if (c.metadata.dependencies === null) return;
  const cvals = mergeValuesTree(c, ctx);
  let b = new GoMap();
  const mctx = { ...ctx };
  for (const r of c.metadata.dependencies) {
    const outiv: GoValue[] = [];
    for (const riv of r.importValues ?? []) {
      if (isTable(riv as GoValue)) {
        const iv = riv as GoMap;
        const child = goSprintV(iv.entries.get('child'));
        const parent = goSprintV(iv.entries.get('parent'));
        outiv.push(new GoMap(new Map<string, GoValue>([['child', child], ['parent', parent]]), 'map[string]string'));
        const vv = tableAt(cvals, `${r.name}.${child}`);
        if (!vv) {
          const missing = missingTable(cvals, `${r.name}.${child}`);
          ctx.warn(ctx.helmVersion === 4 ? slogWarn('ImportValues missing table from chart', [['chart', r.name], ['error', `"${missing}" is not a table`]]) : logPrintf(3, 'dependencies.go:269', `Warning: ImportValues missing table from chart ${r.name}: "${missing}" is not a table`));
          continue;
        }
        b = coalesceTablesFullKey(b, pathToMap(parent, vv), '', true, mctx);
      } else if (typeof riv === 'string') {
        const child = `exports.${riv}`;
        outiv.push(new GoMap(new Map<string, GoValue>([['child', child], ['parent', '.']]), 'map[string]string'));
        const vm = tableAt(cvals, `${r.name}.${child}`);
        if (!vm) {
          const missing = missingTable(cvals, `${r.name}.${child}`);
          ctx.warn(ctx.helmVersion === 4 ? slogWarn('ImportValues missing table', [['error', `"${missing}" is not a table`]]) : logPrintf(3, 'dependencies.go:286', `Warning: ImportValues missing table: "${missing}" is not a table`));
          continue;
        }
        b = coalesceTablesFullKey(b, vm, '', true, mctx);
      }
    }
    r.importValues = outiv;
  }
  c.values = coalesceTablesFullKey(deepCopy(cvals) as GoMap, b, '', true, mctx);
}

function missingTable(v: GoMap, name: string): string {
  let table: GoMap = v;
  for (const n of name.split('.')) {
    const next = table.entries.get(n);
    if (!isTable(next)) return n;
    table = next;
  }
  return name;
}

function processDependencyImportValues(c: Chart, ctx: CoalesceContext): void {
  for (const d of c.dependencies) processDependencyImportValues(d, ctx);
  processImportValues(c, ctx);
}
