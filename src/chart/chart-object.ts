import { GoMap, GoSlice, GoStruct, type GoValue } from '../template/value.js';
import type { Chart, Dependency, Maintainer, Metadata } from './types.js';

/**
 * `.Chart`: Helm 4 builds a `map[string]interface {}` from the Metadata struct with Go field
 * names (helm/helm v4.1.4 pkg/chart/common.go `structToMap`, plus `IsRoot` from engine.go);
 * Helm 3 passes `struct{ chart.Metadata; IsRoot bool }` (v3.17.3 pkg/engine/engine.go).
 */

function list(v: GoValue[] | null): GoSlice {
  return new GoSlice(v ?? [], '[]interface {}');
}

function maintainerMap(m: Maintainer): GoMap {
  return new GoMap(new Map<string, GoValue>([['Name', m.name], ['Email', m.email], ['URL', m.url]]));
}

function dependencyMap(d: Dependency): GoMap {
  return new GoMap(
    new Map<string, GoValue>([
      ['Name', d.name],
      ['Version', d.version],
      ['Repository', d.repository],
      ['Condition', d.condition],
      ['Tags', list(d.tags)],
      ['Enabled', d.enabled],
      ['ImportValues', list((d.importValues ?? []) as GoValue[])],
      ['Alias', d.alias],
    ]),
  );
}

function annotations(a: Record<string, string> | null): GoMap {
  return new GoMap(new Map(Object.entries(a ?? {})), 'map[string]string');
}

/** chartMapV4 is Helm 4's `.Chart` map. */
function chartMapV4(md: Metadata, isRoot: boolean): GoMap {
  return new GoMap(
    new Map<string, GoValue>([
      ['Name', md.name],
      ['Home', md.home],
      ['Sources', list(md.sources)],
      ['Version', md.version],
      ['Description', md.description],
      ['Keywords', list(md.keywords)],
      ['Maintainers', list((md.maintainers ?? []).map(maintainerMap))],
      ['Icon', md.icon],
      ['APIVersion', md.apiVersion],
      ['Condition', md.condition],
      ['Tags', md.tags],
      ['AppVersion', md.appVersion],
      ['Deprecated', md.deprecated],
      ['Annotations', annotations(md.annotations)],
      ['KubeVersion', md.kubeVersion],
      ['Dependencies', list((md.dependencies ?? []).map(dependencyMap))],
      ['Type', md.type],
      ['IsRoot', isRoot],
    ]),
  );
}

function strSlice(v: string[] | null): GoSlice {
  return new GoSlice(v ?? [], '[]string', v === null);
}

function omitEmpty(pairs: [string, GoValue, boolean][]): GoMap {
  return new GoMap(new Map(pairs.filter(([, , keep]) => keep).map(([k, v]) => [k, v] as [string, GoValue])));
}

function maintainerStruct(m: Maintainer): GoStruct {
  const fields = new Map<string, GoValue>([['Name', m.name], ['Email', m.email], ['URL', m.url]]);
  return new GoStruct('*chart.Maintainer', fields, {}, true, undefined, () =>
    omitEmpty([['name', m.name, m.name !== ''], ['email', m.email, m.email !== ''], ['url', m.url, m.url !== '']]),
  );
}

function dependencyStruct(d: Dependency): GoStruct {
  const iv = (d.importValues ?? []) as GoValue[];
  const fields = new Map<string, GoValue>([
    ['Name', d.name],
    ['Version', d.version],
    ['Repository', d.repository],
    ['Condition', d.condition],
    ['Tags', strSlice(d.tags)],
    ['Enabled', d.enabled],
    ['ImportValues', new GoSlice(iv, '[]interface {}', d.importValues === null)],
    ['Alias', d.alias],
  ]);
  return new GoStruct('*chart.Dependency', fields, {}, true, undefined, () =>
    omitEmpty([
      ['name', d.name, true],
      ['version', d.version, d.version !== ''],
      ['repository', d.repository, true],
      ['condition', d.condition, d.condition !== ''],
      ['tags', strSlice(d.tags), (d.tags ?? []).length > 0],
      ['enabled', d.enabled, d.enabled],
      ['import-values', new GoSlice(iv), iv.length > 0],
      ['alias', d.alias, d.alias !== ''],
    ]),
  );
}

/** chartStructV3 is Helm 3's `.Chart` struct. */
function chartStructV3(md: Metadata, isRoot: boolean): GoStruct {
  const maint = new GoSlice((md.maintainers ?? []).map(maintainerStruct), '[]*chart.Maintainer', md.maintainers === null);
  const deps = new GoSlice((md.dependencies ?? []).map(dependencyStruct), '[]*chart.Dependency', md.dependencies === null);
  const ann = new GoMap(new Map(Object.entries(md.annotations ?? {})), 'map[string]string');
  const fields = new Map<string, GoValue>([
    ['Name', md.name],
    ['Home', md.home],
    ['Sources', strSlice(md.sources)],
    ['Version', md.version],
    ['Description', md.description],
    ['Keywords', strSlice(md.keywords)],
    ['Maintainers', maint],
    ['Icon', md.icon],
    ['APIVersion', md.apiVersion],
    ['Condition', md.condition],
    ['Tags', md.tags],
    ['AppVersion', md.appVersion],
    ['Deprecated', md.deprecated],
    ['Annotations', ann],
    ['KubeVersion', md.kubeVersion],
    ['Dependencies', deps],
    ['Type', md.type],
    ['IsRoot', isRoot],
  ]);
  const json = () =>
    omitEmpty([
      ['name', md.name, md.name !== ''],
      ['home', md.home, md.home !== ''],
      ['sources', strSlice(md.sources), (md.sources ?? []).length > 0],
      ['version', md.version, md.version !== ''],
      ['description', md.description, md.description !== ''],
      ['keywords', strSlice(md.keywords), (md.keywords ?? []).length > 0],
      ['maintainers', maint, (md.maintainers ?? []).length > 0],
      ['icon', md.icon, md.icon !== ''],
      ['apiVersion', md.apiVersion, md.apiVersion !== ''],
      ['condition', md.condition, md.condition !== ''],
      ['tags', md.tags, md.tags !== ''],
      ['appVersion', md.appVersion, md.appVersion !== ''],
      ['deprecated', md.deprecated, md.deprecated],
      ['annotations', ann, Object.keys(md.annotations ?? {}).length > 0],
      ['kubeVersion', md.kubeVersion, md.kubeVersion !== ''],
      ['dependencies', deps, (md.dependencies ?? []).length > 0],
      ['type', md.type, md.type !== ''],
      ['IsRoot', isRoot, true],
    ]);
  return new GoStruct('struct { chart.Metadata; IsRoot bool }', fields, {}, false, undefined, json);
}

/** chartObject builds `.Chart` for a chart. */
export function chartObject(c: Chart, helmVersion: 3 | 4): GoValue {
  const isRoot = c.parent === undefined;
  return helmVersion === 4 ? chartMapV4(c.metadata, isRoot) : chartStructV3(c.metadata, isRoot);
}

/** chartFullPath is `Chart.ChartFullPath`: `root/charts/sub/charts/subsub`. */
export function chartFullPath(c: Chart): string {
  return c.parent ? `${chartFullPath(c.parent)}/charts/${c.metadata.name}` : c.metadata.name;
}
