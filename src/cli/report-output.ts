import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, FindingsReport } from '../common/finding.js';
import type { MatrixRow } from '../findings/lint.js';
import type { Formatter, RuleMeta } from '../formatters/formatter-context.js';
import { loadFormatter } from '../formatters/formatters.js';
import type { Rule } from '../rules/define-rule.js';
import type { Locale } from '../common/i18n.js';
import { CliError, cliMessage, type CliMessageId } from './cli-messages.js';

/** formatNames lists the `--format` values every checking command accepts. */
export const formatNames = ['stylish', 'json', 'sarif', 'junit', 'github', 'template=FILE.hbs'];

/** ReportOutputError is a `--format` the CLI cannot honour (exit 2). */
export class ReportOutputError extends CliError {
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
      throw new ReportOutputError('reportTemplateUnreadable', { file, reason: (e as Error).message });
    }
    const { templateFormatter } = await import('../formatters/handlebars-template.js');
    try {
      return templateFormatter(source);
    } catch (e) {
      throw new ReportOutputError('reportTemplateInvalid', { file, reason: (e as Error).message });
    }
  }
  const f = loadFormatter(format);
  if (!f) throw new ReportOutputError('unknownFormat', { format, formats: formatNames.join(', ') });
  return f;
}

/** ruleMetas describes rules for report formats (SARIF rule metadata, help links). */
export function ruleMetas(rules: readonly Rule[]): Record<string, RuleMeta> {
  return Object.fromEntries(
    rules.map((r) => [r.id, { description: r.meta.docs.description, helpUri: r.meta.docs.url ?? `https://github.com/k8slint/k8slint/blob/main/docs/rules.md#${r.id}` }]),
  );
}

const CELL: Record<string, CliMessageId | '-'> = { ok: 'matrixOk', deprecated: 'matrixDeprecated', removed: 'matrixRemoved', invalid: 'matrixInvalid', absent: '-' };

/** displayWidth counts terminal columns: East Asian wide and fullwidth characters take two. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return n;
}

const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/** formatMatrix prints the resources × versions table that ends a multi-version lint (words in `locale`). */
export function formatMatrix(rows: readonly MatrixRow[], versions: readonly string[], locale: Locale = 'en'): string {
  if (rows.length === 0 || versions.length < 2) return '';
  const cell = (state: string): string => (CELL[state] === '-' ? '-' : cliMessage(locale, CELL[state] as CliMessageId));
  const label = (r: MatrixRow): string => `${r.resource}  ${r.file}`;
  const header = cliMessage(locale, 'matrixResource');
  const w0 = Math.max(8, displayWidth(header), ...rows.map((r) => displayWidth(label(r))));
  const widths = versions.map((v) => Math.max(v.length, ...rows.map((r) => displayWidth(cell(r.cells[v])))));
  const line = (first: string, cells: string[]): string => [pad(first, w0), ...cells.map((c, i) => pad(c, widths[i]))].join('  ').trimEnd();
  const out = [line(header, [...versions]), ...rows.map((r) => line(label(r), versions.map((v) => cell(r.cells[v]))))];
  return `\n${out.join('\n')}\n`;
}

/**
 * useColor decides whether human output is coloured: `NO_COLOR` (non-empty) turns colour off,
 * `FORCE_COLOR` (non-empty, not 0/false) turns it on, else colour follows whether the stream is a TTY.
 */
export function useColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY === true;
}

/** MAX_FRAME_SOURCE is the largest file read for code frames (bytes). */
const MAX_FRAME_SOURCE = 8 * 1024 * 1024;

/**
 * findingSources maps each file the findings point at to its text, for code frames: texts the
 * command already holds (`known`) first, else regular files that exist (relative to `cwd`);
 * `<stdin>`, archive members (`chart.tgz#...`) and unreadable paths are left out.
 */
export function findingSources(findings: readonly Finding[], cwd: string, known?: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file } of findings) {
    if (out.has(file) || !file) continue;
    const text = known?.get(file);
    if (text !== undefined) {
      out.set(file, text);
      continue;
    }
    if (file.startsWith('<') || file.includes('#')) continue;
    try {
      const path = resolve(cwd, file);
      const st = statSync(path);
      if (st.isFile() && st.size <= MAX_FRAME_SOURCE) out.set(file, readFileSync(path, 'utf8'));
    } catch {
      // not a readable file: no code frame
    }
  }
  return out;
}

/** exitCodeFor is 1 when there are errors or more warnings than `maxWarnings`, else 0. */
export function exitCodeFor(report: FindingsReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}
