import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../common/finding.js';
import { fillMessage } from '../rules/deprecation-messages.js';
import { minorOf } from '../rules/deprecation-table.js';
import { fixManifestText, unifiedDiff, type PositionedFixNote } from '../rules/migrate/fix-manifests.js';
import { targetApiVersion } from '../rules/migrate/fix-document.js';
import { migrationMessages } from '../rules/migrate/migration-messages.js';
import { isChartPath, lint, manifestFiles, type LintOptions } from './lint.js';

/** FixedFile is one file `fix` would change (or could not fully migrate). */
export interface FixedFile {
  file: string;
  before: string;
  after: string;
  diff: string;
}

/** FixReport is what `fix` did: the changed files and notes on what needs a human. */
export interface FixReport {
  files: FixedFile[];
  notes: Finding[];
}

function noteFinding(file: string, kubeVersion: string, n: PositionedFixNote): Finding {
  return {
    ruleId: n.ruleId,
    severity: n.severity,
    messageId: n.messageId,
    message: fillMessage(migrationMessages[n.messageId], n.data),
    file,
    line: n.line,
    column: n.column,
    resource: {},
    path: n.path.map(String).join('.'),
    kubeVersion,
  };
}

/** fixManifestFiles migrates plain manifest files (and directories of them) for one target version. */
function fixManifests(paths: string[], kubeVersion: string, cwd: string): FixReport {
  const report: FixReport = { files: [], notes: [] };
  for (const p of paths) {
    const files = statSync(p).isDirectory() ? manifestFiles(p) : [p];
    for (const f of files) {
      const before = readFileSync(f, 'utf8');
      const r = fixManifestText(before, kubeVersion);
      const name = relative(cwd, f);
      report.notes.push(...r.notes.map((n) => noteFinding(name, kubeVersion, n)));
      if (r.changed) report.files.push({ file: f, before, after: r.fixed, diff: unifiedDiff(name, before, r.fixed) });
    }
  }
  return report;
}

const CHART_FIXABLE = new Set(['api-removed', 'api-deprecated', 'image-registry-deprecated', 'label-deprecated']);

/**
 * fixChart edits a chart's templates where the offending text is literal: an apiVersion written
 * out (`apiVersion: extensions/v1beta1`), a `k8s.gcr.io/` image, a deprecated label key. Anything
 * produced by template logic, and every field-level migration, is reported with the change to make
 * (or a `.Capabilities.APIVersions.Has` guard) instead.
 */
function fixChart(chart: string, kubeVersion: string, options: LintOptions, cwd: string): FixReport {
  const lintReport = lint([chart], { ...options, kubeVersions: [kubeVersion], cwd });
  const edits = new Map<string, string[]>();
  const notes: Finding[] = [];
  for (const f of lintReport.findings) {
    if (!CHART_FIXABLE.has(f.ruleId)) continue;
    const abs = join(cwd, f.file);
    if (!existsSync(abs) || !statSync(abs).isFile()) continue;
    let lines = edits.get(abs);
    if (!lines) edits.set(abs, (lines = readFileSync(abs, 'utf8').split('\n')));
    const line = lines[f.line - 1] ?? '';
    const [from, to] = replacementFor(f, kubeVersion);
    if (from && to && line.includes(from) && !/\{\{[^}]*$/.test(line.slice(0, line.indexOf(from)))) {
      lines[f.line - 1] = line.replace(from, to);
      if (f.ruleId === 'api-removed' || f.ruleId === 'api-deprecated') notes.push(templateNote(f, from, to));
    } else {
      notes.push({ ...f, severity: 'warning', messageId: 'manualTemplate', message: `${f.message} Not literal in the template: change it by hand${guard(f, kubeVersion)}.` });
    }
  }
  const files: FixedFile[] = [];
  for (const [abs, lines] of edits) {
    const before = readFileSync(abs, 'utf8');
    const after = lines.join('\n');
    if (after !== before) files.push({ file: abs, before, after, diff: unifiedDiff(relative(cwd, abs), before, after) });
  }
  return { files, notes };
}

function replacementFor(f: Finding, kubeVersion: string): [string | undefined, string | undefined] {
  if ((f.ruleId === 'api-removed' || f.ruleId === 'api-deprecated') && f.resource.apiVersion && f.resource.kind) {
    return [f.resource.apiVersion, targetApiVersion(f.resource.apiVersion, f.resource.kind, minorOf(kubeVersion))];
  }
  if (f.ruleId === 'image-registry-deprecated') return ['k8s.gcr.io/', 'registry.k8s.io/'];
  if (f.ruleId === 'label-deprecated') {
    const m = /^label (\S+) is deprecated .*; use (\S+)\.$/.exec(f.message);
    if (m) return [m[1], m[2]];
  }
  return [undefined, undefined];
}

function guard(f: Finding, kubeVersion: string): string {
  if (!f.resource.apiVersion || !f.resource.kind) return '';
  const to = targetApiVersion(f.resource.apiVersion, f.resource.kind, minorOf(kubeVersion));
  return to ? `, or guard it: {{- if .Capabilities.APIVersions.Has "${to}/${f.resource.kind}" }}apiVersion: ${to}{{- else }}apiVersion: ${f.resource.apiVersion}{{- end }}` : '';
}

function templateNote(f: Finding, from: string, to: string): Finding {
  return {
    ...f,
    severity: 'info',
    messageId: 'templateApiVersion',
    message: `apiVersion ${from} → ${to} in the template; check the fields of ${f.resource.kind} too: ${f.message}`,
  };
}

/**
 * fix migrates plain manifests, and the literal parts of charts' templates, for one target
 * Kubernetes version. It returns the would-be changes (diffs) and the notes; it writes nothing.
 */
export function fix(paths: readonly string[], kubeVersion: string, options: Omit<LintOptions, 'kubeVersions'> = {}): FixReport {
  const cwd = options.cwd ?? process.cwd();
  const charts = paths.filter((p) => isChartPath(p) && !/\.tgz$/i.test(p));
  const plain = paths.filter((p) => !isChartPath(p));
  const out = fixManifests(plain, kubeVersion, cwd);
  for (const c of charts) {
    const r = fixChart(c, kubeVersion, options, cwd);
    out.files.push(...r.files);
    out.notes.push(...r.notes);
  }
  return out;
}
