import type { Finding } from '../common/finding.js';
import { sortFindings, type Formatter } from './formatter-context.js';

/** xmlEscape escapes text for XML attributes and content, dropping characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * junit formats findings as JUnit XML: one test suite per file, one failing test case per
 * error or warning (info findings are listed as passing cases with system-out).
 */
export const junit: Formatter = (report) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of sortFindings(report.findings)) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const failures = report.findings.filter((f) => f.severity !== 'info').length;
  let out = '<?xml version="1.0" encoding="utf-8"?>\n';
  out += `<testsuites name="k8slint" tests="${report.findings.length}" failures="${failures}" errors="0">\n`;
  for (const [file, list] of byFile) {
    const fails = list.filter((f) => f.severity !== 'info').length;
    out += `  <testsuite name="${xmlEscape(file)}" tests="${list.length}" failures="${fails}" errors="0">\n`;
    for (const f of list) {
      const name = `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
      const classname = [f.resource.kind, f.resource.name].filter(Boolean).join('/') || f.file;
      out += `    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(classname)}">\n`;
      if (f.severity === 'info') out += `      <system-out>${xmlEscape(f.message)}</system-out>\n`;
      else
        out += `      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(`${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.path}\n${f.message}`)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  out += '</testsuites>\n';
  return out;
};
