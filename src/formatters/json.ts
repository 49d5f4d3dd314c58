import type { Formatter } from './formatter-context.js';

/** formatJson prints the report as `{ findings, summary }` with the shared finding shape. */
export const formatJson: Formatter = (report) =>
  `${JSON.stringify(
    {
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        resource: f.resource,
        path: f.path,
        kubeVersion: f.kubeVersion,
        ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
        ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        ...(f.fix !== undefined ? { fix: f.fix } : {}),
      })),
      summary: report.summary,
    },
    null,
    2,
  )}\n`;
