import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ManifestSource } from '../../documents/manifest-document.js';
import type { LintOptions } from '../../findings/lint.js';
import { setExitCode } from '../exit-code.js';
import { CliError, cliLocale, cliMessage, summaryText } from '../cli-messages.js';
import type { LintArgs } from './lint.js';

const GLOB = /[*?[\]{}]/;

function fail(message: string): void {
  process.stderr.write(`k8slint lint: ${message}\n`);
  setExitCode(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** expandTargets resolves globs (fast-glob) and checks that every named path exists. */
async function expandTargets(targets: string[]): Promise<{ paths: string[]; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const t of targets) {
    if (t === '-') continue;
    if (GLOB.test(t) && !existsSync(t)) {
      const { default: fg } = await import('fast-glob');
      const found = (await fg(t, { onlyFiles: false, dot: false, followSymbolicLinks: false })).sort();
      if (found.length === 0) missing.push(t);
      paths.push(...found);
    } else if (existsSync(t)) paths.push(t);
    else missing.push(t);
  }
  return { paths, missing };
}

/** run is `k8slint lint`'s work, loaded only when the command runs. */
export async function run(a: LintArgs): Promise<void> {
  const started = Date.now();
  const [{ lint, isChartPath }, { loadConfig, ConfigError }, { KubeVersionsError }, out, i18n] = await Promise.all([
    import('../../findings/lint.js'),
    import('../../common/config.js'),
    import('../../findings/kube-versions.js'),
    import('../report-output.js'),
    import('../../common/i18n.js'),
  ]);
  let loc = cliLocale(a.locale);
  let config;
  try {
    config = await loadConfig(process.cwd(), a.config);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }
  const cfg = config?.config ?? {};
  const targets = a.targets.length ? a.targets : ['.'];
  const { paths, missing } = await expandTargets(targets);
  if (missing.length) return fail(cliMessage(loc, 'noSuchTarget', { paths: missing.join(', ') }));
  const sources: (string | ManifestSource)[] = [...paths];
  if (targets.includes('-')) sources.push({ file: '<stdin>', content: await readStdin() });
  const kubeVersions = a['kube-version'].length ? a['kube-version'] : ([] as string[]).concat(cfg.kubeVersion ?? []);
  const helmVersion = (a['helm-version'] ? Number(a['helm-version']) : (cfg.helmVersion ?? 4)) as 3 | 4;
  const locale = a.locale ? (a.locale as 'en' | 'zh-CN') : cfg.locale ?? i18n.resolveLocale(undefined, process.env);
  loc = locale;
  const { parseKubeVersion } = await import('../../schemas/kube-version.js');
  for (const raw of kubeVersions.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const range = raw.split('..');
    if (range.length <= 2 && range.some((r) => !parseKubeVersion(r)?.startsWith('1.'))) return fail(cliMessage(loc, 'invalidKubeVersionOrRange', { version: raw }));
  }
  const rules = Object.fromEntries(
    Object.entries(cfg.rules ?? {}).map(([k, v]) => [k, v === 'warn' ? 'warning' : v]),
  ) as Record<string, 'off' | 'error' | 'warning' | 'info'>;
  const crdPaths = [...a.crd, ...(cfg.crds ?? []).map((p) => resolve(config!.dir, p))];
  const crds: ManifestSource[] = [];
  if (crdPaths.length) {
    const { readSources } = await import('../../documents/read-sources.js');
    const read = readSources(crdPaths);
    if (read.errors.length) return fail(read.errors.map((e) => cliMessage(loc, 'cannotRead', { path: e.path, reason: e.message })).join('; '));
    crds.push(...read.sources);
  }
  const ignore = cfg.ignorePaths ?? [];
  let filtered = sources;
  if (ignore.length) {
    const { default: fg } = await import('fast-glob');
    const ignored = new Set((await fg(ignore, { cwd: config!.dir, onlyFiles: false, absolute: true })).map((p) => resolve(p)));
    filtered = sources.filter((s) => typeof s !== 'string' || !ignored.has(resolve(s)));
  }
  const chartSettings = (p: string) => {
    for (const [dir, s] of Object.entries(cfg.charts ?? {})) if (resolve(config!.dir, dir) === resolve(p)) return { s, base: config!.dir };
    return undefined;
  };
  const render = (chart: string | undefined, valuesFile?: string) => {
    const cs = chart ? chartSettings(chart) : undefined;
    return {
      helmVersion,
      releaseName: a['release-name'] ?? cs?.s.releaseName,
      namespace: a.namespace ?? cs?.s.namespace,
      values: {
        valueFiles: [...(cs?.s.values ?? []).map((v) => resolve(cs!.base, v)), ...a.values, ...(valuesFile ? [valuesFile] : [])],
        set: [...(cs?.s.set ?? []), ...a.set],
        setString: a['set-string'],
        setFile: a['set-file'],
        setJson: a['set-json'],
        setLiteral: a['set-literal'],
      },
    };
  };
  const charts = filtered.filter((s): s is string => typeof s === 'string' && isChartPath(s));
  try {
    const common = { kubeVersions, apiVersions: a['api-versions'], rules, crds, locale };
    const plain = filtered.filter((s) => typeof s !== 'string' || !isChartPath(s));
    const jobs: { targets: string[]; options: LintOptions; label?: string }[] = [];
    const inline: ManifestSource[] = plain.filter((s): s is ManifestSource => typeof s !== 'string');
    const plainPaths = plain.filter((s): s is string => typeof s === 'string');
    if (plainPaths.length) jobs.push({ targets: plainPaths, options: { ...common, render: render(undefined) } });
    for (const chart of charts) {
      let valueFiles: (string | undefined)[] = [undefined];
      if (a['values-matrix']) {
        const { default: fg } = await import('fast-glob');
        valueFiles = (await fg(a['values-matrix'], { cwd: chart, absolute: true })).sort();
        if (valueFiles.length === 0) return fail(cliMessage(loc, 'valuesMatrixEmpty', { glob: a['values-matrix'], chart }));
      }
      for (const vf of valueFiles) jobs.push({ targets: [chart], options: { ...common, render: render(chart, vf) }, label: vf ? relative(chart, vf) : undefined });
    }
    const { runLintJobs } = await import('../lint-pool.js');
    const tty = process.stderr.isTTY === true;
    const progress = (done: number, total: number, job: { targets: string[] }): void => {
      if (tty && total > 1) process.stderr.write(`\r\x1b[K[${done}/${total}] ${job.targets.join(' ')}${done === total ? '\r\x1b[K' : ''}`);
    };
    const reports = await runLintJobs(jobs, progress);
    if (inline.length) reports.push(lint(inline, { ...common, render: render(undefined) }));
    const merged = mergeReports(reports);
    let findings = merged.findings;
    const { applySuppressions } = await import('../../findings/suppressions.js');
    findings = applySuppressions(
      findings.map((f) => ({ finding: f })),
      (file) => (file.startsWith('<') || file.includes('#') || !existsSync(file) || !statSync(file).isFile() ? undefined : readFileSync(file, 'utf8')),
      { reportUnused: a['report-unused-disables'], locale },
    );
    if (a.quiet) findings = findings.filter((f) => f.severity === 'error');
    const { sortFindings, summarize } = await import('../../findings/sort-findings.js');
    const report = { ...merged, findings: sortFindings(findings), summary: summarize(findings, merged.summary.files, merged.summary.resources) };
    const format = a.format ?? cfg.format ?? 'stylish';
    const formatter = await out.pickFormatter(format);
    const [{ validationRules }, { deprecationRules }] = await Promise.all([import('../../rules/builtin-rules.js'), import('../../rules/deprecation-rules.js')]);
    const elapsedMs = Date.now() - started;
    const ctx = {
      cwd: process.cwd(),
      toolVersion: '',
      rules: out.ruleMetas([...validationRules, ...deprecationRules]),
      elapsedMs,
      charts: merged.charts,
      color: out.useColor(process.stdout.isTTY, process.env),
      sources: format === 'stylish' ? out.findingSources(report.findings, process.cwd()) : undefined,
      summary: (s: typeof report.summary, charts: number, ms: number | undefined) => summaryText(locale, s, charts, ms),
      trailer: format === 'stylish' ? out.formatMatrix(report.matrix, report.kubeVersions, locale) : undefined,
    };
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ findings: report.findings, summary: report.summary, kubeVersions: report.kubeVersions, charts: merged.charts, matrix: report.matrix }, null, 2)}\n`);
    } else {
      // stylish prints the version matrix (trailer) between the findings and the summary line.
      process.stdout.write(formatter(report, ctx));
    }
    setExitCode(out.exitCodeFor(report, a['max-warnings'] ?? cfg.maxWarnings));
  } catch (e) {
    if (e instanceof CliError) return fail(e.localized(loc));
    if (e instanceof KubeVersionsError) return fail(e.message);
    if (e instanceof Error && e.name === 'KubeVersionsError') return fail(e.message);
    if (e instanceof Error && (e as { code?: unknown }).code !== undefined) return fail(e.message);
    throw e;
  }
}

type LintReportT = import('../../findings/lint.js').LintReport;

function mergeReports(reports: LintReportT[]): LintReportT {
  const versions = reports[0]?.kubeVersions ?? [];
  return {
    findings: reports.flatMap((r) => r.findings),
    summary: {
      files: reports.reduce((n, r) => n + r.summary.files, 0),
      resources: reports.reduce((n, r) => n + r.summary.resources, 0),
      errors: 0,
      warnings: 0,
    },
    kubeVersions: versions,
    charts: reports.reduce((n, r) => n + r.charts, 0),
    matrix: reports.flatMap((r) => r.matrix),
  };
}

