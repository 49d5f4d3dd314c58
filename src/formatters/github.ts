import type { Severity } from '../common/finding.js';
import { sortFindings, type Formatter } from './formatter-context.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** escapeData escapes a workflow command's message (GitHub Actions toolkit `escapeData`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** escapeProperty escapes a workflow command property (`escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** github formats findings as GitHub Actions workflow commands (`::error file=…,line=…,col=…::msg`). */
export const github: Formatter = (report) =>
  sortFindings(report.findings)
    .map(
      (f) =>
        `::${COMMAND[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`k8slint ${f.ruleId}`)}::${escapeData(f.message)}\n`,
    )
    .join('');
