import { GoInt, GoMap, type GoValue } from '../template/value.js';
import { valuesMap } from './values-methods.js';
import { chartFullPath, chartObject } from './chart-object.js';
import { newFiles, type FilesContext } from './files.js';
import { isTable } from './coalesce.js';
import type { Chart, ChartFile } from './types.js';

/**
 * Building the objects templates see (helm/helm v4.1.4 pkg/chart/common/util/values.go
 * `ToRenderValuesWithSchemaValidation`, pkg/engine/engine.go `recAllTpls`).
 */

/** ReleaseOptions are `.Release`'s inputs. */
export interface ReleaseOptions {
  name: string;
  namespace: string;
  isUpgrade: boolean;
}

/** releaseObject is `.Release` (shared by every chart of a render). */
export function releaseObject(o: ReleaseOptions): GoMap {
  return new GoMap(
    new Map<string, GoValue>([
      ['Name', o.name],
      ['Namespace', o.namespace],
      ['IsUpgrade', o.isUpgrade],
      ['IsInstall', !o.isUpgrade],
      ['Revision', new GoInt(1n, 'int')],
      ['Service', 'Helm'],
    ]),
  );
}

/** Renderable is one template file with the root object it executes with. */
export interface Renderable {
  /** Full template name, e.g. `mychart/charts/sub/templates/svc.yaml`. */
  name: string;
  text: string;
  /** The chart's render root (`common.Values`); `Template` is replaced before each execution. */
  vals: GoMap;
  basePath: string;
  chart: Chart;
  file: ChartFile;
}

/** valuesTypeName is the Go type of `.Values` and render roots. */
export function valuesTypeName(helmVersion: 3 | 4): string {
  return helmVersion === 4 ? 'common.Values' : 'chartutil.Values';
}

function isTemplateValid(c: Chart, name: string): boolean {
  if (c.metadata.type === 'library') return name.slice(name.lastIndexOf('/') + 1).startsWith('_');
  return true;
}

/**
 * allTemplates walks the chart tree depth-first (dependencies before the chart's own files),
 * giving each chart a root object: root `.Values` are the coalesced values, a subchart's the
 * same map object found at `.Values.<name>` of its parent (an empty map when absent).
 */
export function allTemplates(
  root: Chart,
  values: GoMap,
  release: GoMap,
  capabilities: GoValue,
  helmVersion: 3 | 4,
  filesCtx: FilesContext,
): Map<string, Renderable> {
  const templates = new Map<string, Renderable>();
  const vt = valuesTypeName(helmVersion);
  const rec = (c: Chart, parentValues: GoMap | undefined): GoMap => {
    const subCharts = new GoMap();
    let vals: GoMap;
    if (!parentValues) vals = values;
    else {
      const sub = parentValues.entries.get(c.metadata.name);
      vals = isTable(sub) ? valuesMap(sub.entries, vt) : valuesMap(new Map(), vt);
    }
    const next = new GoMap(
      new Map<string, GoValue>([
        ['Chart', chartObject(c, helmVersion)],
        ['Files', newFiles(c.files, filesCtx)],
        ['Release', release],
        ['Capabilities', capabilities],
        ['Values', vals],
        ['Subcharts', subCharts],
      ]),
    );
    for (const child of c.dependencies) subCharts.entries.set(child.metadata.name, rec(child, vals));
    const full = chartFullPath(c);
    const rootObj = valuesMap(next.entries, vt);
    for (const t of c.templates) {
      if (!isTemplateValid(c, t.name)) continue;
      const name = `${full}/${t.name}`;
      templates.set(name, { name, text: new TextDecoder().decode(t.data), vals: rootObj, basePath: `${full}/templates`, chart: c, file: t });
    }
    return next;
  };
  rec(root, undefined);
  return templates;
}

/** templateObject is `.Template` for one file. */
export function templateObject(name: string, basePath: string, helmVersion: 3 | 4): GoMap {
  return new GoMap(
    new Map<string, GoValue>([
      ['Name', name],
      ['BasePath', basePath],
    ]),
    valuesTypeName(helmVersion),
  );
}
