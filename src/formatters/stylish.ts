import type { Finding, FindingResource, FindingsSummary } from '../common/finding.js';
import type { Formatter, FormatterContext } from './formatter-context.js';

/** STYLES are the ANSI escapes stylish uses when colour is on. */
const STYLES: Record<string, [string, string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  caret: ['\x1b[31m\x1b[1m', '\x1b[22m\x1b[39m'],
};

/** CONTEXT_LINES is how many source lines a code frame shows above and below the finding's line. */
const CONTEXT_LINES = 2;
/** MAX_FRAME_WIDTH bounds a code-frame line; longer lines are cut around the column. */
const MAX_FRAME_WIDTH = 120;

type Paint = (style: string, s: string) => string;

function resourceLabel(r: FindingResource): string {
  if (!r.kind) return '';
  return `${r.kind}${r.name ? `/${r.name}` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** stylishSummary is `N resources in M files (K charts): E errors, W warnings` plus ` (T.TTs)` when the time is known. */
export function stylishSummary(s: FindingsSummary, charts: number, elapsedMs: number | undefined): string {
  const time = elapsedMs === undefined ? '' : ` (${(elapsedMs / 1000).toFixed(2)}s)`;
  return `${plural(s.resources, 'resource')} in ${plural(s.files, 'file')} (${plural(charts, 'chart')}): ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${time}`;
}

/** clip cuts `text` to MAX_FRAME_WIDTH characters around 0-based `col`, returning the new column. */
function clip(text: string, col: number): { text: string; col: number } {
  if (text.length <= MAX_FRAME_WIDTH) return { text, col };
  const start = Math.max(0, Math.min(col - Math.floor(MAX_FRAME_WIDTH / 2), text.length - MAX_FRAME_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = start + MAX_FRAME_WIDTH < text.length ? '…' : '';
  return { text: `${head}${text.slice(start, start + MAX_FRAME_WIDTH)}${tail}`, col: col - start + head.length };
}

/**
 * codeFrame shows `line` of `source` (1-based) with up to CONTEXT_LINES lines around it, line
 * numbers in a gutter and a caret under `column`, like ESLint's codeframe formatter.
 */
export function codeFrame(source: string, line: number, column: number, paint: Paint): string[] {
  const lines = source.split(/\r?\n/);
  if (source.endsWith('\n')) lines.pop();
  if (line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1].replace(/\t/g, ' ');
    const { text, col } = clip(raw, n === line ? Math.max(0, column - 1) : 0);
    const gutter = ` ${String(n).padStart(width)} |`;
    if (n === line) {
      out.push(`  ${paint('caret', '>')}${paint('bold', gutter)}${text ? ` ${text}` : ''}`);
      out.push(`   ${paint('dim', `${' '.repeat(width + 1)} |`)} ${' '.repeat(Math.min(col, text.length))}${paint('caret', '^')}`);
    } else out.push(`   ${paint('dim', gutter)}${text ? ` ${paint('dim', text)}` : ''}`);
  }
  return out;
}

function sourceOf(ctx: FormatterContext, file: string): string | undefined {
  return ctx.sources?.get(file);
}

/**
 * formatStylish prints findings grouped by file, ESLint-style (`line:column  severity  message
 * rule`), each followed by a code frame of the line that produced it when its source is in
 * `ctx.sources`, then the summary line. ANSI colours only with `ctx.color`.
 */
export const formatStylish: Formatter = (report, ctx) => {
  const paint: Paint = ctx?.color ? (style, s) => (STYLES[style] ? `${STYLES[style][0]}${s}${STYLES[style][1]}` : s) : (_style, s) => s;
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(paint('bold', file || '<input>'));
    const source = ctx ? sourceOf(ctx, file) : undefined;
    for (const f of list) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const sev = paint(f.severity, f.severity.padEnd(7));
      const res = resourceLabel(f.resource);
      const ctxText = [res, f.path].filter(Boolean).join(' ');
      out.push(`  ${where} ${sev} ${f.message}${ctxText ? ` ${paint('dim', `(${ctxText})`)}` : ''}  ${paint('dim', f.ruleId)}`);
      if (source !== undefined) out.push(...codeFrame(source, f.line, f.column, paint));
    }
    out.push('');
  }
  if (ctx?.trailer) out.push(...ctx.trailer.replace(/^\n+|\n+$/g, '').split('\n'), '');
  const s = report.summary;
  const text = (ctx?.summary ?? stylishSummary)(s, ctx?.charts ?? 0, ctx?.elapsedMs);
  out.push(paint(s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'bold', text));
  return `${out.join('\n')}\n`;
};
