import type { Finding, FindingResource } from '../common/finding.js';
import type { Formatter } from './formatter-context.js';

function resourceLabel(r: FindingResource): string {
  if (!r.kind) return '';
  return `${r.kind}${r.name ? `/${r.name}` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * formatStylish prints findings grouped by file, ESLint-style (`line:column  severity  message
 * rule`), then a kubeconform-like summary line.
 */
export const formatStylish: Formatter = (report) => {
  const c = (_style: string, s: string): string => s;
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(c('bold', file || '<input>'));
    for (const f of list) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const sev = c(f.severity, f.severity.padEnd(7));
      const res = resourceLabel(f.resource);
      const ctxText = [res, f.path].filter(Boolean).join(' ');
      out.push(`  ${where} ${sev} ${f.message}${ctxText ? ` ${c('dim', `(${ctxText})`)}` : ''}  ${c('dim', f.ruleId)}`);
    }
    out.push('');
  }
  const s = report.summary;
  out.push(
    `Summary: ${plural(s.resources, 'resource')} in ${plural(s.files, 'file')} - ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
  );
  return `${out.join('\n')}\n`;
};
