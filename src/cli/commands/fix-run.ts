import { writeFileSync } from 'node:fs';
import { setExitCode } from '../exit-code.js';
import type { FixArgs } from './fix.js';

function fail(message: string): void {
  process.stderr.write(`k8slint fix: ${message}\n`);
  setExitCode(2);
}

/** run is `k8slint fix`'s work, loaded only when the command runs. */
export async function run(a: FixArgs): Promise<void> {
  const { cliLocale, cliMessage } = await import('../cli-messages.js');
  const locale = cliLocale(a.locale);
  if (!a['kube-version']) return fail(cliMessage(locale, 'kubeVersionRequired'));
  if (a.targets.length === 0) return fail(cliMessage(locale, 'noInputFix'));
  const [{ fix }, { existsSync }, { parseKubeVersion }] = await Promise.all([
    import('../../findings/fix.js'),
    import('node:fs'),
    import('../../schemas/kube-version.js'),
  ]);
  const version = parseKubeVersion(a['kube-version']);
  if (!version) return fail(cliMessage(locale, 'invalidKubeVersion', { version: a['kube-version'] }));
  const missing = a.targets.filter((t) => !existsSync(t));
  if (missing.length) return fail(cliMessage(locale, 'noSuchPath', { paths: missing.join(', ') }));
  let report;
  try {
    report = fix(a.targets, version, {
      render: { helmVersion: a['helm-version'] === '3' ? 3 : 4, values: { valueFiles: a.values, set: a.set } },
    });
  } catch (e) {
    if (e instanceof Error && (e as { code?: unknown }).code !== undefined) return fail(e.message);
    throw e;
  }
  for (const f of report.files) {
    if (a.write) {
      writeFileSync(f.file, f.after);
      process.stdout.write(`${cliMessage(locale, 'fixed', { file: f.file })}\n`);
    } else process.stdout.write(f.diff);
  }
  if (a.format === 'json') process.stderr.write(`${JSON.stringify({ files: report.files.map((f) => f.file), notes: report.notes }, null, 2)}\n`);
  else
    for (const n of report.notes) process.stderr.write(`${n.file}:${n.line}:${n.column}  ${n.severity.padEnd(7)} ${n.message}  ${n.ruleId}\n`);
  setExitCode(report.notes.some((n) => n.severity === 'error') ? 1 : 0);
}
