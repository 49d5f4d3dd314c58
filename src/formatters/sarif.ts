import type { Severity } from '../common/finding.js';
import { sortFindings, type Formatter } from './formatter-context.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** toSarifUri turns a finding's file into a SARIF artifact URI (forward slashes, percent-encoded). */
function toSarifUri(file: string): string {
  if (file === '-' || file === '<stdin>') return 'stdin';
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * sarif formats findings as SARIF 2.1.0 (GitHub code scanning and other consumers):
 * one run, rule metadata with help text and links, regions with 1-based line and column.
 */
export const sarif: Formatter = (report, ctx) => {
  const findings = sortFindings(report.findings);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const meta = ctx.rules[id];
    return {
      id,
      name: id,
      shortDescription: { text: meta?.description ?? id },
      fullDescription: { text: meta?.description ?? id },
      ...(meta?.helpUri ? { helpUri: meta.helpUri } : {}),
      help: { text: meta?.description ?? id, markdown: meta?.helpUri ? `${meta.description} ([docs](${meta.helpUri}))` : (meta?.description ?? id) },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(f.file) },
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            ...(f.endLine ? { endLine: f.endLine } : {}),
            ...(f.endColumn ? { endColumn: f.endColumn } : {}),
          },
        },
        ...(f.path || f.resource.kind
          ? { logicalLocations: [{ name: f.path || undefined, fullyQualifiedName: [f.resource.kind, f.resource.name, f.path].filter(Boolean).join('/') }] }
          : {}),
      },
    ],
    properties: { kubeVersion: f.kubeVersion, resource: f.resource },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'k8slint', version: ctx.toolVersion, informationUri: 'https://www.npmjs.com/package/k8slint', rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
