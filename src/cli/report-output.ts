import { readFileSync } from 'node:fs';
import type { FindingsReport } from '../common/finding.js';
import type { MatrixRow } from '../findings/lint.js';
import type { Formatter, RuleMeta } from '../formatters/formatter-context.js';
import { loadFormatter } from '../formatters/formatters.js';
import type { Rule } from '../rules/define-rule.js';

/** formatNames lists the `--format` values every checking command accepts. */
export const formatNames = ['stylish', 'json', 'sarif', 'junit', 'github', 'template=FILE.hbs'];

/** ReportOutputError is a `--format` the CLI cannot honour (exit 2). */
export class ReportOutputError extends Error {
  readonly code = 'BAD_FORMAT';
}

/** pickFormatter resolves `--format`: a registered name or `template=FILE` (a Handlebars file). */
export async function pickFormatter(format: string): Promise<Formatter> {
  if (format.startsWith('template=')) {
    const file = format.slice('template='.length);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ReportOutputError(`cannot read report template ${file}: ${(e as Error).message}`);
    }
    const { templateFormatter } = await import('../formatters/handlebars-template.js');
    try {
      return templateFormatter(source);
    } catch (e) {
      throw new ReportOutputError(`invalid report template ${file}: ${(e as Error).message}`);
    }
  }
  const f = loadFormatter(format);
  if (!f) throw new ReportOutputError(`unknown format "${format}": use one of ${formatNames.join(', ')}`);
  return f;
}

/** ruleMetas describes rules for report formats (SARIF rule metadata, help links). */
export function ruleMetas(rules: readonly Rule[]): Record<string, RuleMeta> {
  return Object.fromEntries(
    rules.map((r) => [r.id, { description: r.meta.docs.description, helpUri: r.meta.docs.url ?? `https://github.com/k8slint/k8slint/blob/main/docs/rules.md#${r.id}` }]),
  );
}

const CELL: Record<string, string> = { ok: 'ok', deprecated: 'deprecated', removed: 'REMOVED', invalid: 'INVALID', absent: '-' };

/** formatMatrix prints the resources × versions table that ends a multi-version lint. */
export function formatMatrix(rows: readonly MatrixRow[], versions: readonly string[]): string {
  if (rows.length === 0 || versions.length < 2) return '';
  const label = (r: MatrixRow): string => `${r.resource}  ${r.file}`;
  const w0 = Math.max(8, ...rows.map((r) => label(r).length));
  const widths = versions.map((v) => Math.max(v.length, ...rows.map((r) => CELL[r.cells[v]].length)));
  const line = (first: string, cells: string[]): string => [first.padEnd(w0), ...cells.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd();
  const out = [line('resource', [...versions]), ...rows.map((r) => line(label(r), versions.map((v) => CELL[r.cells[v]])))];
  return `\n${out.join('\n')}\n`;
}

/** summaryLine is `N resources in M files (K charts): E errors, W warnings (T s)`. */
export function summaryLine(report: FindingsReport, charts: number, elapsedMs: number): string {
  const s = report.summary;
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(s.resources, 'resource')} in ${n(s.files, 'file')} (${n(charts, 'chart')}): ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')} (${(elapsedMs / 1000).toFixed(2)}s)\n`;
}

/** exitCodeFor is 1 when there are errors or more warnings than `maxWarnings`, else 0. */
export function exitCodeFor(report: FindingsReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}
