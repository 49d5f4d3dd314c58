import { helmFunctions } from '../functions/index.js';
import { valuesMap } from './values-methods.js';
import type { FunctionRegistry } from '../template/registry.js';
import { GoInt, GoMap, GoSlice, type GoValue } from '../template/value.js';
import { capabilitiesObject, effectiveKubeVersion, parseKubeVersion } from './capabilities.js';
import { chartFullPath } from './chart-object.js';
import { coalesceValuesTree, type Warn } from './coalesce.js';
import { processDependencies } from './dependencies.js';
import { ChartError } from './errors.js';
import { loadChart, fileText } from './loader.js';
import { sortManifests, splitManifests, type Hook, type Manifest } from './manifests.js';
import { SourceMap } from './source-map.js';
import { yamlToGo } from './yaml.js';
import type { Renderable } from './render-values.js';
import { printTemplate, type CrdFile } from './output.js';
import { writeOutputDir } from './output-dir.js';
import { extractNotes, renderTemplates, type RenderedFiles } from './render.js';
import { allTemplates, releaseObject, valuesTypeName } from './render-values.js';
import { validateValuesSchemas } from './schema.js';
import { mergeValues, readLocalFile, type ValueFileReader, type ValueOptions } from './values-options.js';
import { isCompatibleRange } from './version-range.js';
import type { Chart } from './types.js';
import { slogValue } from './log.js';

/** RenderChartOptions are `helm template`'s flags as library options. */
export interface RenderChartOptions {
  /** Helm major version to reproduce (default 4). */
  helmVersion?: 3 | 4;
  releaseName?: string;
  namespace?: string;
  isUpgrade?: boolean;
  /** `-f`, `--set`, `--set-string`, `--set-file`, `--set-json`, `--set-literal`. */
  values?: ValueOptions;
  /** Already-merged user values (used instead of `values`). */
  userValues?: GoMap;
  kubeVersion?: string;
  apiVersions?: string[];
  /** replaceApiVersions makes `apiVersions` the whole `.Capabilities.APIVersions` list instead of additions to helm's defaults. */
  replaceApiVersions?: boolean;
  skipSchemaValidation?: boolean;
  includeCrds?: boolean;
  noHooks?: boolean;
  skipTests?: boolean;
  showOnly?: string[];
  /** Reads `-f`/`--set-file` paths (default: the local file system). */
  readFile?: ValueFileReader;
}

/** RenderChartResult is everything a render produces. */
export interface RenderChartResult {
  chart: Chart;
  /** Coalesced values of the root chart. */
  values: GoMap;
  /** Regular manifests in install order, each with its template (`name`) and document text. */
  manifests: Manifest[];
  hooks: Hook[];
  notes: string;
  crds: CrdFile[];
  /** Every rendered file's text (NOTES removed), by template name. */
  files: RenderedFiles;
  /** Warnings helm would log to stderr. */
  warnings: string[];
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** validateReleaseName is chartutil.ValidateReleaseName wrapped as `availableName` reports it. */
export function validateReleaseName(name: string, helmVersion: 3 | 4 = 4, warn: Warn = () => {}): void {
  if (name === '' || name.length > 53 || !RELEASE_NAME.test(name)) {
    const err = `release name ${JSON.stringify(name)}: invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`;
    if (helmVersion === 3) throw new ChartError(err, 'RELEASE_NAME');
    warn(slogError('release name check failed', err));
    throw new ChartError(`release name check failed: ${err}`, 'RELEASE_NAME');
  }
}

/** slogError is Helm 4's `Logger().Error(msg, "error", err)` line. */
function slogError(msg: string, err: string): string {
  return `level=ERROR msg=${slogValue(msg)} error=${slogValue(err)}`;
}

/** crdObjects is `Chart.CRDObjects`: `crds/**.{yaml,yml,json}` of the chart then of its dependencies. */
export function crdObjects(c: Chart): CrdFile[] {
  const out: CrdFile[] = [];
  for (const f of c.files) {
    if (!f.name.startsWith('crds/')) continue;
    const dot = f.name.lastIndexOf('.');
    const ext = dot > f.name.lastIndexOf('/') ? f.name.slice(dot).toLowerCase() : '';
    if (ext === '.yaml' || ext === '.yml' || ext === '.json') out.push({ filename: `${chartFullPath(c)}/${f.name}`, content: fileText(f) });
  }
  for (const d of c.dependencies) out.push(...crdObjects(d));
  return out;
}

/** checkDependencies is action.CheckDependencies after `checkIfInstallable`. */
function checkChart(c: Chart, helmVersion: 3 | 4, warn: Warn): void {
  const t = c.metadata.type;
  if (t !== '' && t !== 'application') throw new ChartError(`${t} charts are not installable`, 'LOAD');
  if (c.metadata.deprecated) warn(helmVersion === 4 ? 'level=WARN msg="this chart is deprecated"' : 'WARNING: This chart is deprecated');
  const reqs = c.metadata.dependencies ?? [];
  if (reqs.length === 0) return;
  const missing = reqs.filter((r) => !c.dependencies.some((d) => d.metadata.name === r.name)).map((r) => r.name);
  if (missing.length > 0) {
    throw new ChartError(
      `${helmVersion === 4 ? 'an' : 'An'} error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
      'DEPENDENCIES',
    );
  }
}

const registries = new Map<3 | 4, FunctionRegistry>();

/** functionsFor returns Helm's function registry for a version (built once). */
export function functionsFor(helmVersion: 3 | 4): FunctionRegistry {
  let r = registries.get(helmVersion);
  if (!r) {
    r = helmFunctions(helmVersion);
    registries.set(helmVersion, r);
  }
  return r;
}

function toYamlWith(funcs: FunctionRegistry): (v: GoValue) => string {
  const f = funcs.get('toYaml');
  return (v) => (f ? (f.fn(v) as string) : '');
}

/**
 * renderChart renders a chart directory, `.tgz` file or loaded chart like `helm template`
 * (without printing): values merged and coalesced, dependencies processed, schemas checked,
 * templates rendered, NOTES extracted, documents split and sorted. Throws ChartError with
 * helm's message.
 */
export function renderChart(chartOrPath: string | Chart, options: RenderChartOptions = {}): RenderChartResult {
  const warnings: string[] = [];
  try {
    return renderChartInner(chartOrPath, options, warnings);
  } catch (e) {
    if (e instanceof ChartError) e.warnings = warnings;
    throw e;
  }
}

function renderChartInner(chartOrPath: string | Chart, options: RenderChartOptions, warnings: string[]): RenderChartResult {
  const helmVersion = options.helmVersion ?? 4;
  const warn: Warn = (m) => warnings.push(m);
  const kubeVersion = options.kubeVersion !== undefined && options.kubeVersion !== '' ? parseKubeVersion(options.kubeVersion, helmVersion) : undefined;
  const releaseName = options.releaseName ?? 'release-name';
  const user = options.userValues ?? mergeValues(options.values ?? {}, helmVersion, options.readFile ?? readLocalFile);
  const chart = typeof chartOrPath === 'string' ? loadChart(chartOrPath, helmVersion) : cloneChart(chartOrPath);
  checkChart(chart, helmVersion, warn);
  validateReleaseName(releaseName, helmVersion, warn);
  const ctx = { helmVersion, warn };
  try {
    processDependencies(chart, user, ctx);
  } catch (e) {
    if (e instanceof ChartError) {
      if (helmVersion === 3) throw e;
      warn(slogError('chart dependencies processing failed', e.message));
      throw new ChartError(`chart dependencies processing failed: ${e.message}`, e.code);
    }
    throw e;
  }
  const caps = { kubeVersion, apiVersions: options.apiVersions, replaceApiVersions: options.replaceApiVersions };
  const coalesced = coalesceValuesTree(chart, user, ctx);
  const values = valuesMap(coalesced.entries, valuesTypeName(helmVersion));
  if (!options.skipSchemaValidation) validateValuesSchemas(chart, values, helmVersion);
  const kv = effectiveKubeVersion(helmVersion, caps);
  if (chart.metadata.kubeVersion !== '' && !isCompatibleRange(chart.metadata.kubeVersion, kv.normalized, helmVersion)) {
    const shown = helmVersion === 4 ? kv.version : kv.normalized;
    throw new ChartError(`chart requires kubeVersion: ${chart.metadata.kubeVersion} which is incompatible with Kubernetes ${shown}`, 'KUBE_VERSION', true);
  }
  const funcs = functionsFor(helmVersion);
  const release = releaseObject({ name: releaseName, namespace: options.namespace ?? 'default', isUpgrade: !!options.isUpgrade });
  const tpls = allTemplates(chart, values, release, capabilitiesObject(helmVersion, caps), helmVersion, { helmVersion, toYaml: toYamlWith(funcs) });
  const files = renderTemplates(tpls, funcs, helmVersion);
  const notes = extractNotes(files, chart.metadata.name);
  const { hooks, manifests } = sortManifests(files, helmVersion, warn);
  annotateDocuments([...manifests, ...hooks], files, tpls);
  return { chart, values, manifests, hooks, notes, crds: crdObjects(chart), files, warnings };
}

/** toPlain converts a Go value to plain JS (maps → objects, slices → arrays, ints → numbers). */
function toPlain(v: GoValue): unknown {
  if (v instanceof GoMap) return Object.fromEntries([...v.entries].map(([k, x]) => [k, toPlain(x)]));
  if (v instanceof GoSlice) return v.items.map(toPlain);
  if (v instanceof GoInt) return Number(v.v);
  return v ?? null;
}

/** annotateDocuments gives each document a lazy parsed `object` and a source-map `origin`. */
function annotateDocuments(docs: Manifest[], files: RenderedFiles, tpls: Map<string, Renderable>): void {
  const maps = new Map<string, SourceMap>();
  const mapFor = (name: string): SourceMap | undefined => {
    let sm = maps.get(name);
    const t = tpls.get(name);
    const rendered = files.get(name);
    if (!sm && t && rendered !== undefined) {
      sm = new SourceMap(name, t.text, rendered);
      maps.set(name, sm);
    }
    return sm;
  };
  for (const d of docs) {
    let parsed: { v: unknown } | undefined;
    Object.defineProperty(d, 'object', {
      enumerable: false,
      get: () => (parsed ??= { v: toPlain(yamlToGo(d.content)) }).v,
    });
    let start: number | undefined;
    d.origin = (n: number) => {
      const sm = mapFor(d.name);
      if (!sm) return { template: d.name, line: n };
      start ??= sm.documentStarts(splitManifests(files.get(d.name) ?? ''))[d.index] ?? 1;
      return sm.origin(start + n - 1);
    };
  }
}

/** formatTemplateOutput is `helm template`'s stdout for a render result. */
export function formatTemplateOutput(r: RenderChartResult, options: RenderChartOptions): string {
  return printTemplate(r.crds, r.manifests, r.hooks, options);
}

/** writeTemplateOutputDir performs `--output-dir` and returns helm's stdout (the `wrote` lines). */
export function writeTemplateOutputDir(r: RenderChartResult, options: RenderChartOptions & { outputDir: string; useReleaseName?: boolean }): string {
  const out = writeOutputDir(r.crds, r.manifests, r.hooks, {
    outputDir: options.outputDir,
    releaseName: options.releaseName ?? 'release-name',
    useReleaseName: !!options.useReleaseName,
    includeCrds: !!options.includeCrds,
    noHooks: !!options.noHooks,
    skipTests: !!options.skipTests,
  });
  if (options.showOnly && options.showOnly.length > 0) {
    // template.go re-splits the (empty) manifest buffer, so every pattern is missing.
    throw new ChartError(`could not find template ${options.showOnly[0].replace(/\\/g, '/')} in chart`, 'SHOW_ONLY');
  }
  return out;
}

/** cloneChart copies a loaded chart so that dependency processing does not alter the caller's object. */
export function cloneChart(c: Chart, parent?: Chart): Chart {
  const md = c.metadata;
  const out: Chart = {
    ...c,
    parent,
    metadata: {
      ...md,
      dependencies: md.dependencies ? md.dependencies.map((d) => (d ? { ...d } : d)) : null,
    },
    dependencies: [],
  };
  out.dependencies = c.dependencies.map((d) => cloneChart(d, out));
  return out;
}
