import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileText } from '../chart/loader.js';
import { outputLineOrigins } from '../chart/output-origins.js';
import type { Chart } from '../chart/types.js';
import { formatTemplateOutput, renderChart, type RenderChartOptions, type RenderChartResult } from '../chart/render-chart.js';
import type { Finding, FindingsReport } from '../common/finding.js';
import type { Locale } from '../common/i18n.js';
import type { ManifestSource } from '../documents/manifest-document.js';
import { parseDocuments } from '../documents/parse-documents.js';
import type { RuleSetting } from '../rules/run-rules.js';
import { deprecationRules } from '../rules/deprecation-rules.js';
import { SchemaBundle } from '../schemas/schema-bundle.js';
import { expandKubeVersions } from './kube-versions.js';
import { servedApiVersions } from './served-apis.js';
import { sortFindings, summarize } from './sort-findings.js';
import { toSources, validateManifests, type ManifestInput } from './validate-manifests.js';

/** LintOptions configure `lint`: target versions, rendering options for charts, rule settings. */
export interface LintOptions {
  /** Target versions: `1.29`, `v1.29.0`, ranges `1.25..1.36`, comma lists. Default: the newest bundled version. */
  kubeVersions?: string[];
  /** Rendering options for charts (values, release name, helm version …). kubeVersion/apiVersions are set per target. */
  render?: Omit<RenderChartOptions, 'kubeVersion' | 'apiVersions'>;
  /** Extra `--api-versions` added to each target's served list. */
  apiVersions?: string[];
  rules?: Record<string, RuleSetting>;
  crds?: ManifestInput;
  /** Base directory for the file names in findings (default: the process working directory). */
  cwd?: string;
  schemaDir?: string;
  /** locale of the messages (default English; rule ids stay English). */
  locale?: Locale;
}

/** MatrixCell is a resource's state at one target version. */
export type MatrixCell = 'ok' | 'deprecated' | 'removed' | 'invalid' | 'absent';

/** MatrixRow is one resource across the target versions. */
export interface MatrixRow {
  resource: string;
  file: string;
  cells: Record<string, MatrixCell>;
}

/** LintReport is the shared findings report plus the version matrix. */
export interface LintReport extends FindingsReport {
  kubeVersions: string[];
  /** charts is the number of charts rendered (each at every target version). */
  charts: number;
  matrix: MatrixRow[];
}

/** LintTarget is a chart directory, a packaged chart (.tgz), a manifest file, or an in-memory source. */
export type LintTarget = string | ManifestSource;

/** isChartPath tells whether a path is a chart (a directory with Chart.yaml, or a .tgz archive). */
export function isChartPath(p: string): boolean {
  if (/\.tgz$/i.test(p)) return existsSync(p) && statSync(p).isFile();
  return existsSync(join(p, 'Chart.yaml'));
}

/** manifestFiles lists the YAML/JSON files below a directory that are not inside a chart. */
export function manifestFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!isChartPath(p)) walk(p);
      } else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

interface Checked {
  report: FindingsReport;
  resources: { key: string; file: string }[];
}

function resourceKeys(content: string): { key: string; index: number }[] {
  // the same reader (and YAML 1.1 scalars) validateManifests uses, so keys match finding resources
  const out: { key: string; index: number }[] = [];
  for (const d of parseDocuments({ file: '', content })) {
    const v = d.value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null | undefined;
    if (v && typeof v === 'object' && typeof v.kind === 'string') {
      const ns = typeof v.metadata?.namespace === 'string' ? `${v.metadata.namespace}/` : '';
      out.push({ key: `${v.kind} ${ns}${String(v.metadata?.name ?? '')}`, index: d.index });
    }
  }
  return out;
}

const resourceKey = (f: Finding): string => `${f.resource.kind ?? ''} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name ?? ''}`;

/** renderErrorFinding turns a rendering failure into a positioned error finding. */
function renderErrorFinding(chartDir: string, chartName: string, err: unknown, kubeVersion: string, cwd: string): Finding {
  const message = err instanceof Error ? err.message : String(err);
  const m = /([\w.-]+(?:\/[\w.-]+)+):(\d+)(?::(\d+))?/.exec(message);
  const file = m && m[1].startsWith(`${chartName}/`) ? relative(cwd, join(chartDir, m[1].slice(chartName.length + 1))) : relative(cwd, chartDir) || '.';
  return {
    ruleId: 'render-error',
    severity: 'error',
    message,
    file,
    line: m ? Number(m[2]) : 1,
    column: m?.[3] ? Number(m[3]) + 1 : 1,
    resource: {},
    path: '',
    kubeVersion,
  };
}

/** templateLinesByName indexes every template of a chart and its subcharts by render name, split in lines. */
function templateLinesByName(c: Chart, prefix: string, out = new Map<string, string[]>()): Map<string, string[]> {
  for (const t of c.templates) out.set(`${prefix}/${t.name}`, fileText(t).split('\n'));
  for (const d of c.dependencies) templateLinesByName(d, `${prefix}/charts/${d.metadata.name}`, out);
  return out;
}

/**
 * templateColumn finds where the text at `column` of a rendered line sits in its template line:
 * literal text keeps its place, so the key or value a finding points at is found there.
 */
export function templateColumn(templateLine: string | undefined, renderedLine: string, column: number): number {
  if (templateLine === undefined) return 1;
  const at = column - 1;
  for (const len of [24, 12, 6, 3]) {
    const needle = renderedLine.slice(at, at + len);
    if (needle.trim().length < Math.min(len, 2)) continue;
    const i = templateLine.indexOf(needle);
    if (i >= 0 && templateLine.indexOf(needle, i + 1) < 0) return i + 1;
  }
  // a value produced by an action: the literal text before it (`  image: `) is still in place
  return templateLine.startsWith(renderedLine.slice(0, at)) ? column : 1;
}

/**
 * renderedSource wraps a chart's rendered output as a manifest source whose positions map back
 * to the template file (a real path below `chartPath` for directories) and the template line
 * and column that produced each line.
 */
export function renderedSource(result: RenderChartResult, output: string, chartPath: string, cwd: string): ManifestSource {
  const chartName = result.chart.metadata.name;
  // built on the first finding only: most renders of a clean chart never map a position
  let lazy: { origins: ReturnType<typeof outputLineOrigins>; outputLines: string[]; templates: ReturnType<typeof templateLinesByName> } | undefined;
  const isDir = !/\.tgz$/i.test(chartPath);
  const toFile = (f: string): string =>
    isDir && f.startsWith(`${chartName}/`) ? relative(cwd, join(chartPath, f.slice(chartName.length + 1))) : `${relative(cwd, chartPath)}#${f}`;
  return {
    file: relative(cwd, chartPath) || '.',
    content: output,
    mapPosition: (pos) => {
      lazy ??= { origins: outputLineOrigins(result, output), outputLines: output.split('\n'), templates: templateLinesByName(result.chart, chartName) };
      const o = lazy.origins(pos);
      if (o === pos) return pos;
      const column = templateColumn(lazy.templates.get(o.file)?.[o.line - 1], lazy.outputLines[pos.line - 1] ?? '', pos.column);
      return { ...pos, file: toFile(o.file), line: o.line, column };
    },
  };
}

function lintChart(path: string, kubeVersion: string, options: LintOptions, bundle: SchemaBundle, cwd: string): Checked {
  const apiVersions = [...servedApiVersions(bundle, kubeVersion), ...(options.apiVersions ?? [])];
  const renderOptions: RenderChartOptions = { ...options.render, kubeVersion: `v${kubeVersion}.0`, apiVersions, replaceApiVersions: true };
  let chartName = basename(path);
  try {
    const result = renderChart(path, renderOptions);
    chartName = result.chart.metadata.name;
    const output = formatTemplateOutput(result, renderOptions);
    const source = renderedSource(result, output, path, cwd);
    // the chart's own crds/ files (and its dependencies') are installed before its templates
    const crds = [...(options.crds ? toSources(options.crds) : []), ...result.crds.map((c) => ({ file: c.filename, content: c.content }))];
    const report = validateManifests([source], { kubeVersion, rules: options.rules, crds, extraRules: deprecationRules, schemaDir: options.schemaDir, locale: options.locale });
    const isDir = !/\.tgz$/i.test(path);
    const toFile = (f: string): string =>
      isDir && f.startsWith(`${chartName}/`) ? relative(cwd, join(path, f.slice(chartName.length + 1))) : `${relative(cwd, path)}#${f}`;
    const resources = result.manifests.flatMap((m) => resourceKeys(m.content).map((r) => ({ key: r.key, file: toFile(m.name) })));
    return { report, resources };
  } catch (e) {
    if (!(e instanceof Error) || (e as { code?: unknown }).code === undefined) throw e;
    const f = renderErrorFinding(path, chartName, e, kubeVersion, cwd);
    return { report: { findings: [f], summary: summarize([f], 1, 0) }, resources: [] };
  }
}

function lintSource(source: ManifestSource, kubeVersion: string, options: LintOptions): Checked {
  const report = validateManifests([source], { kubeVersion, rules: options.rules, crds: options.crds, extraRules: deprecationRules, schemaDir: options.schemaDir, locale: options.locale });
  return { report, resources: resourceKeys(source.content).map((r) => ({ key: r.key, file: source.file })) };
}

function cellFor(findings: Finding[]): MatrixCell {
  if (findings.some((f) => f.ruleId === 'api-removed' && f.severity === 'error')) return 'removed';
  if (findings.some((f) => f.severity === 'error')) return 'invalid';
  if (findings.some((f) => f.ruleId === 'api-deprecated' || f.ruleId.endsWith('-deprecated'))) return 'deprecated';
  return 'ok';
}

/**
 * lint renders charts (once per target version, with `.Capabilities` of that version), then
 * validates them and plain manifests and applies the deprecation rules, returning the shared
 * findings report and a resources × versions matrix. It never prints or exits.
 */
export function lint(targets: readonly LintTarget[], options: LintOptions = {}): LintReport {
  const cwd = options.cwd ?? process.cwd();
  const bundle = new SchemaBundle(options.schemaDir);
  const versions = options.kubeVersions?.length ? expandKubeVersions(options.kubeVersions) : [bundle.versions[bundle.versions.length - 1]];
  const sources: LintTarget[] = [];
  for (const t of targets) {
    if (typeof t !== 'string') sources.push(t);
    else if (isChartPath(t)) sources.push(resolve(t));
    else if (existsSync(t) && statSync(t).isDirectory()) {
      for (const sub of readdirSync(t, { withFileTypes: true }))
        if (sub.isDirectory() && isChartPath(join(t, sub.name))) sources.push(resolve(t, sub.name));
      for (const f of manifestFiles(t)) sources.push({ file: relative(cwd, f), content: readFileSync(f, 'utf8') });
    } else sources.push({ file: relative(cwd, resolve(t)), content: readFileSync(t, 'utf8') });
  }
  const findings: Finding[] = [];
  const rows = new Map<string, MatrixRow>();
  let resources = 0;
  for (const v of versions) {
    let counted = 0;
    for (const s of sources) {
      const checked = typeof s === 'string' ? lintChart(s, v, options, bundle, cwd) : lintSource(s, v, options);
      findings.push(...checked.report.findings);
      counted += checked.resources.length;
      const byResource = new Map<string, Finding[]>();
      for (const f of checked.report.findings) byResource.set(resourceKey(f), [...(byResource.get(resourceKey(f)) ?? []), f]);
      for (const r of checked.resources) {
        const id = `${r.file}\u0000${r.key}`;
        let row = rows.get(id);
        if (!row) rows.set(id, (row = { resource: r.key, file: r.file, cells: {} }));
        row.cells[v] = cellFor(byResource.get(r.key) ?? []);
      }
    }
    resources = Math.max(resources, counted);
  }
  for (const row of rows.values()) for (const v of versions) row.cells[v] ??= 'absent';
  const files = new Set(sources.map((s) => (typeof s === 'string' ? s : s.file))).size;
  const unique = dedupe(findings);
  return {
    findings: sortFindings(unique),
    summary: summarize(unique, files, resources),
    kubeVersions: versions,
    charts: sources.filter((s) => typeof s === 'string').length,
    matrix: [...rows.values()],
  };
}

/**
 * dedupe merges findings repeated identically at several target versions (a version-independent
 * problem): one finding remains, its kubeVersion listing every version (`1.28,1.29`).
 */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`;
    const first = seen.get(k);
    if (!first) {
      const copy = { ...f };
      seen.set(k, copy);
      out.push(copy);
    } else if (!first.kubeVersion.split(',').includes(f.kubeVersion)) first.kubeVersion += `,${f.kubeVersion}`;
  }
  return out;
}
