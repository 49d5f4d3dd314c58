import type { Finding, FindingsSummary } from '../common/finding.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** sortFindings orders findings by file, line, column, severity and rule, so output is deterministic. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** summarize counts errors and warnings. */
export function summarize(findings: readonly Finding[], files: number, resources: number): FindingsSummary {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { files, resources, errors, warnings };
}
