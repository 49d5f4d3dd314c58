import type { FindingsReport } from '../common/finding.js';

/** RuleMeta is what report formats say about a rule (SARIF rule metadata, JUnit, help links). */
export interface RuleMeta {
  description: string;
  helpUri?: string;
}

/** FormatterContext is everything a formatter may use besides the findings. */
export interface FormatterContext {
  /** working directory findings' file paths are relative to. */
  cwd: string;
  toolVersion: string;
  rules: Record<string, RuleMeta>;
  /** elapsed time of the run in milliseconds. */
  elapsedMs?: number;
  /** source text by file, for code frames. */
  sources?: Map<string, string>;
  /** colour the output with ANSI escapes (the CLI decides: a TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  /** number of charts the run rendered, for summary lines. */
  charts?: number;
  /** trailer is text stylish prints after the findings, before the summary line (lint's version matrix). */
  trailer?: string;
  /** summary renders the closing summary line (the CLI passes a localized one); default English. */
  summary?: (s: FindingsReport['summary'], charts: number, elapsedMs: number | undefined) => string;
}

/** Formatter turns a report into text. Formatters are pure and sort nothing themselves. */
export type Formatter = (report: FindingsReport, ctx: FormatterContext) => string;

/** sortFindings is the one deterministic order of findings (file, line, column, severity, rule). */
export { sortFindings } from '../findings/sort-findings.js';
