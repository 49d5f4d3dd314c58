import { writeFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { setExitCode } from '../exit-code.js';

interface FixArgs {
  targets: string[];
  'kube-version'?: string;
  write: boolean;
  format: string;
  'helm-version'?: string;
  values: string[];
  set: string[];
  locale?: string;
}

function fail(message: string): void {
  process.stderr.write(`k8slint fix: ${message}\n`);
  setExitCode(2);
}

/** fixCommand is `k8slint fix FILES... --kube-version V [--write]`. */
export const fixCommand: CommandModule<object, FixArgs> = {
  command: 'fix [targets..]',
  describe: 'Migrate manifests (and literal template text of charts) off deprecated and removed APIs for a target version',
  builder: (y: Argv) =>
    y
      .positional('targets', { type: 'string', array: true, default: [], describe: 'manifest files, directories, or chart directories' })
      .option('kube-version', { alias: 'k', type: 'string', describe: 'target Kubernetes version (1.29, 1.29.0, v1.29.0); required' })
      .option('write', { alias: 'w', type: 'boolean', default: false, describe: 'write the changes (default: print a unified diff)' })
      .option('format', { alias: 'o', type: 'string', default: 'stylish', choices: ['stylish', 'json'], describe: 'format of the migration notes on stderr' })
      .option('helm-version', { type: 'string', choices: ['3', '4'], describe: 'render charts like Helm 3 or Helm 4 (default)' })
      .option('values', { alias: 'f', type: 'string', array: true, default: [], describe: 'values files for charts' })
      .option('set', { type: 'string', array: true, default: [], describe: 'set chart values' })
      .option('locale', { type: 'string', choices: ['en', 'zh-CN'], describe: 'message language (default: from LC_ALL/LC_MESSAGES/LANG)' })
      .epilogue(
        'Changed defaults (workload strategies, webhooks, PDB selectors) are reported, never silently applied; objects that need a value nobody can invent are left unchanged and reported. Exit codes: 0 all migrated, 1 something needs a manual change, 2 usage or input errors.',
      ) as unknown as Argv<FixArgs>,
  handler: async (a) => {
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
  },
};
