import {
  findApiRow,
  isAlphaVersion,
  loadDeprecationTable,
  minorOf,
  type ApiRow,
  type VolumePluginRow,
} from './deprecation-table.js';
import { getPath, podSpecLocations } from './pod-specs.js';

/** DeprecationRuleId names the version-aware rules driven by schemas/deprecations.yaml. */
export type DeprecationRuleId =
  | 'api-removed'
  | 'api-deprecated'
  | 'api-alpha'
  | 'field-deprecated'
  | 'annotation-deprecated'
  | 'label-deprecated'
  | 'image-registry-deprecated'
  | 'volume-plugin-removed';

/** DeprecationHit is one finding before positions are attached. */
export interface DeprecationHit {
  ruleId: DeprecationRuleId;
  severity: 'error' | 'warning';
  messageId: string;
  data: Record<string, string>;
  /** path of the offending node inside the object (`[]` = the object itself, reported at apiVersion). */
  path: (string | number)[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** checkDeprecations applies every deprecation rule to one parsed object for a target minor (e.g. 29). */
export function checkDeprecations(obj: unknown, targetMinor: number): DeprecationHit[] {
  if (!isObj(obj)) return [];
  const hits: DeprecationHit[] = [];
  checkApi(obj, targetMinor, hits);
  checkFields(obj, targetMinor, hits);
  checkAnnotations(obj, targetMinor, hits);
  checkLabels(obj, targetMinor, hits);
  checkImages(obj, targetMinor, hits);
  checkVolumePlugins(obj, targetMinor, hits);
  return hits;
}

function replacementText(row: ApiRow): Record<string, string> {
  const r = row.replacement;
  return {
    replacement: r ? `${r.apiVersion} ${r.kind}` : '',
    servedSince: r?.servedSince ?? '',
    migration: row.migration ?? '',
  };
}

function checkApi(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : undefined;
  const kind = typeof obj.kind === 'string' ? obj.kind : undefined;
  if (!apiVersion || !kind) return;
  const row = findApiRow(apiVersion, kind);
  const base = { apiVersion, kind };
  if (row?.removedIn && target >= minorOf(row.removedIn)) {
    const messageId = row.replacement ? 'removed' : 'removedNoReplacement';
    hits.push({
      ruleId: 'api-removed',
      severity: 'error',
      messageId,
      data: { ...base, removedIn: row.removedIn, ...replacementText(row) },
      path: ['apiVersion'],
    });
    return;
  }
  if (row?.deprecatedIn && target >= minorOf(row.deprecatedIn) && !isAlphaVersion(apiVersion)) {
    const later = row.replacement?.servedSince && minorOf(row.replacement.servedSince) > target;
    hits.push({
      ruleId: 'api-deprecated',
      severity: 'warning',
      messageId: !row.replacement ? 'deprecatedNoReplacement' : later ? 'deprecatedReplacementLater' : 'deprecated',
      data: { ...base, deprecatedIn: row.deprecatedIn, removedIn: row.removedIn ?? 'a future release', ...replacementText(row) },
      path: ['apiVersion'],
    });
    return;
  }
  if (isAlphaVersion(apiVersion)) {
    hits.push({ ruleId: 'api-alpha', severity: 'warning', messageId: 'alpha', data: base, path: ['apiVersion'] });
    return;
  }
  const since = firstServed(apiVersion, kind, row);
  if (since !== undefined && target < minorOf(since)) {
    const older = olderServed(apiVersion, kind, target);
    hits.push({
      ruleId: 'api-removed',
      severity: 'error',
      messageId: older ? 'notYetServed' : 'notYetServedNoAlternative',
      data: { ...base, servedSince: since, target: `1.${target}`, older: older ?? '' },
      path: ['apiVersion'],
    });
  }
}

/** firstServed is the first version serving an API: its row's introducedIn, else the servedSince of rows it replaces. */
function firstServed(apiVersion: string, kind: string, row: ApiRow | undefined): string | undefined {
  if (row?.introducedIn) return row.introducedIn;
  let best: string | undefined;
  for (const r of loadDeprecationTable().apis) {
    const rep = r.replacement;
    if (rep?.apiVersion === apiVersion && rep.kind === kind && rep.servedSince && (!best || minorOf(rep.servedSince) < minorOf(best))) best = rep.servedSince;
  }
  return best;
}

/** olderServed names an apiVersion of the same kind that the target version does serve. */
function olderServed(apiVersion: string, kind: string, target: number): string | undefined {
  const candidates = loadDeprecationTable().apis.filter(
    (r) =>
      r.kind === kind &&
      r.apiVersion !== apiVersion &&
      !isAlphaVersion(r.apiVersion) &&
      (!r.introducedIn || minorOf(r.introducedIn) <= target) &&
      (!r.removedIn || minorOf(r.removedIn) > target),
  );
  const minor = (v: string | null | undefined, dflt: string): number => minorOf(v ?? dflt);
  return candidates.sort(
    (a, b) => minor(b.removedIn, '1.99') - minor(a.removedIn, '1.99') || minor(b.introducedIn, '1.0') - minor(a.introducedIn, '1.0'),
  )[0]?.apiVersion;
}

function podSpecPaths(obj: Obj): { metadata: string[]; spec: string[] } | undefined {
  return typeof obj.kind === 'string' ? podSpecLocations[obj.kind] : undefined;
}

function checkFields(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const kind = String(obj.kind ?? '');
  for (const row of loadDeprecationTable().fields) {
    if (!row.kinds.includes(kind) || target < minorOf(row.deprecatedIn)) continue;
    const rel = row.path.split('.');
    let path: string[] = rel;
    if (row.podSpec) {
      const loc = podSpecPaths(obj);
      if (!loc) continue;
      path = [...loc.spec, ...rel.slice(1)];
    }
    const v = getPath(obj, path);
    if (v === undefined || (row.value !== undefined && v !== row.value)) continue;
    const removed = row.removedIn !== null && target >= minorOf(row.removedIn);
    hits.push({
      ruleId: 'field-deprecated',
      severity: removed ? 'error' : 'warning',
      messageId: removed ? 'fieldRemoved' : row.value ? 'valueDeprecated' : 'fieldDeprecated',
      data: {
        kind,
        field: row.path,
        value: row.value ?? '',
        deprecatedIn: row.deprecatedIn,
        removedIn: row.removedIn ?? '',
        replacement: row.replacement ?? '',
        migration: row.migration,
      },
      path,
    });
  }
}

function metadataMaps(obj: Obj, key: 'annotations' | 'labels'): { path: string[]; map: Obj }[] {
  const out: { path: string[]; map: Obj }[] = [];
  const own = getPath(obj, ['metadata', key]);
  if (isObj(own)) out.push({ path: ['metadata', key], map: own });
  const loc = podSpecPaths(obj);
  if (loc && loc.metadata[0] !== 'metadata') {
    const tpl = getPath(obj, [...loc.metadata, key]);
    if (isObj(tpl)) out.push({ path: [...loc.metadata, key], map: tpl });
  }
  return out;
}

function checkAnnotations(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const kind = String(obj.kind ?? '');
  const rows = loadDeprecationTable().annotations;
  for (const { path, map } of metadataMaps(obj, 'annotations')) {
    for (const key of Object.keys(map)) {
      const row = rows.find((r) => r.key === key || (r.keyPrefix !== undefined && key.startsWith(r.keyPrefix)));
      if (!row || (row.kinds && !row.kinds.includes(kind)) || target < minorOf(row.deprecatedIn)) continue;
      const removed = row.removedIn !== null && target >= minorOf(row.removedIn);
      hits.push({
        ruleId: 'annotation-deprecated',
        severity: removed ? 'error' : 'warning',
        messageId: removed ? 'annotationRemoved' : 'annotationDeprecated',
        data: {
          annotation: key,
          deprecatedIn: row.deprecatedIn,
          removedIn: row.removedIn ?? '',
          removedMeaning: row.removedMeaning ?? 'removed',
          replacement: row.replacement,
        },
        path: [...path, key],
      });
    }
  }
}

/** labelKeyPlaces lists where label keys appear: labels, selectors, node selectors, affinities, topology keys. */
function labelKeyPlaces(obj: Obj): { path: (string | number)[]; key: string }[] {
  const out: { path: (string | number)[]; key: string }[] = [];
  for (const { path, map } of metadataMaps(obj, 'labels')) for (const k of Object.keys(map)) out.push({ path: [...path, k], key: k });
  const loc = podSpecPaths(obj);
  if (!loc) return out;
  const spec = getPath(obj, loc.spec);
  if (!isObj(spec)) return out;
  const ns = spec.nodeSelector;
  if (isObj(ns)) for (const k of Object.keys(ns)) out.push({ path: [...loc.spec, 'nodeSelector', k], key: k });
  const terms = getPath(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
  if (Array.isArray(terms)) {
    terms.forEach((t, i) => {
      const exprs = isObj(t) ? t.matchExpressions : undefined;
      if (Array.isArray(exprs))
        exprs.forEach((e, j) => {
          if (isObj(e) && typeof e.key === 'string')
            out.push({
              path: [...loc.spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', i, 'matchExpressions', j, 'key'],
              key: e.key,
            });
        });
    });
  }
  const tsc = spec.topologySpreadConstraints;
  if (Array.isArray(tsc))
    tsc.forEach((c, i) => {
      if (isObj(c) && typeof c.topologyKey === 'string')
        out.push({ path: [...loc.spec, 'topologySpreadConstraints', i, 'topologyKey'], key: c.topologyKey });
    });
  for (const aff of ['podAffinity', 'podAntiAffinity']) {
    for (const mode of ['requiredDuringSchedulingIgnoredDuringExecution', 'preferredDuringSchedulingIgnoredDuringExecution']) {
      const list = getPath(spec, ['affinity', aff, mode]);
      if (!Array.isArray(list)) continue;
      list.forEach((t, i) => {
        const term = isObj(t) && isObj(t.podAffinityTerm) ? t.podAffinityTerm : t;
        const sub = term === t ? [] : ['podAffinityTerm'];
        if (isObj(term) && typeof term.topologyKey === 'string')
          out.push({ path: [...loc.spec, 'affinity', aff, mode, i, ...sub, 'topologyKey'], key: term.topologyKey });
      });
    }
  }
  return out;
}

function checkLabels(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const rows = loadDeprecationTable().labels;
  for (const { path, key } of labelKeyPlaces(obj)) {
    const row = rows.find((r) => r.key === key);
    if (!row || target < minorOf(row.deprecatedIn)) continue;
    hits.push({
      ruleId: 'label-deprecated',
      severity: 'warning',
      messageId: 'labelDeprecated',
      data: { label: key, deprecatedIn: row.deprecatedIn, replacement: row.replacement },
      path,
    });
  }
}

function containerLists(obj: Obj): { path: (string | number)[]; list: unknown[] }[] {
  const loc = podSpecPaths(obj);
  if (!loc) return [];
  const out: { path: (string | number)[]; list: unknown[] }[] = [];
  for (const k of ['initContainers', 'containers', 'ephemeralContainers']) {
    const l = getPath(obj, [...loc.spec, k]);
    if (Array.isArray(l)) out.push({ path: [...loc.spec, k], list: l });
  }
  return out;
}

function checkImages(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const rows = loadDeprecationTable().registries;
  for (const { path, list } of containerLists(obj)) {
    list.forEach((c, i) => {
      const image = isObj(c) && typeof c.image === 'string' ? c.image : undefined;
      if (!image) return;
      const row = rows.find((r) => image.startsWith(`${r.registry}/`));
      if (!row || target < minorOf(row.deprecatedIn)) return;
      hits.push({
        ruleId: 'image-registry-deprecated',
        severity: 'warning',
        messageId: 'registryFrozen',
        data: {
          image,
          registry: row.registry,
          frozenOn: row.frozenOn,
          replacement: row.replacement,
          suggested: row.replacement + image.slice(row.registry.length),
        },
        path: [...path, i, 'image'],
      });
    });
  }
}

function pluginHit(row: VolumePluginRow, target: number, path: (string | number)[], what: string): DeprecationHit | undefined {
  if (target < minorOf(row.deprecatedIn)) return undefined;
  const removed = row.removedIn !== null && target >= minorOf(row.removedIn);
  return {
    ruleId: 'volume-plugin-removed',
    severity: removed ? 'error' : 'warning',
    messageId: removed ? 'pluginRemoved' : 'pluginDeprecated',
    data: { plugin: what, deprecatedIn: row.deprecatedIn, removedIn: row.removedIn ?? 'a future release', replacement: row.replacement },
    path,
  };
}

function checkVolumePlugins(obj: Obj, target: number, hits: DeprecationHit[]): void {
  const rows = loadDeprecationTable().volumePlugins;
  const kind = obj.kind;
  const push = (h: DeprecationHit | undefined): void => {
    if (h) hits.push(h);
  };
  const loc = podSpecPaths(obj);
  if (loc) {
    const vols = getPath(obj, [...loc.spec, 'volumes']);
    if (Array.isArray(vols))
      vols.forEach((v, i) => {
        if (!isObj(v)) return;
        for (const row of rows) if (v[row.field] !== undefined) push(pluginHit(row, target, [...loc.spec, 'volumes', i, row.field], row.field));
      });
  }
  if (kind === 'PersistentVolume') {
    const spec = getPath(obj, ['spec']);
    if (isObj(spec)) for (const row of rows) if (spec[row.field] !== undefined) push(pluginHit(row, target, ['spec', row.field], row.field));
  }
  if (kind === 'StorageClass' && typeof obj.provisioner === 'string') {
    const row = rows.find((r) => r.provisioner === obj.provisioner);
    if (row) push(pluginHit(row, target, ['provisioner'], obj.provisioner));
  }
}
