/**
 * Comparison of a k8slint case result with a helm golden result. Both sides are rendered to
 * one text so a mismatch shows as a plain line diff: outputs as-is, errors prefixed with
 * `[error]\n` (helm's CLI note "Use --debug flag ..." is not part of the engine's message).
 */
import type { CaseResult } from './k8slint-case.js';

export interface GoldenResult {
  output?: string;
  error?: string;
  exitCode?: number | string;
  anomaly?: string;
  includeError?: string;
}

const DEBUG_NOTE = '\n\nUse --debug flag to render out invalid YAML';

/** expectedText is the comparable text of a golden result. */
export function expectedText(g: GoldenResult): string {
  if (g.output !== undefined) return g.output;
  const e = g.error ?? '';
  return '[error]\n' + (e.endsWith(DEBUG_NOTE) ? e.slice(0, -DEBUG_NOTE.length) : e);
}

/** actualText is the comparable text of a k8slint result. */
export function actualText(r: CaseResult): string {
  return 'output' in r ? r.output : '[error]\n' + r.error;
}
