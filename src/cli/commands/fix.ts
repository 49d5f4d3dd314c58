import type { Argv, CommandModule } from 'yargs';
import { PARSER_CONFIG } from './parser-config.js';

/** FixArgs are `k8slint fix`'s parsed flags. */
export interface FixArgs {
  targets: string[];
  'kube-version'?: string;
  write: boolean;
  format: string;
  'helm-version'?: string;
  values: string[];
  set: string[];
  locale?: string;
}

/** fixCommand is `k8slint fix FILES... --kube-version V [--write]`. */
export const fixCommand: CommandModule<object, FixArgs> = {
  command: 'fix [targets..]',
  describe: 'Migrate manifests (and literal template text of charts) off deprecated and removed APIs for a target version',
  builder: (y: Argv) =>
    y
      .parserConfiguration(PARSER_CONFIG)
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
  handler: async (a) => (await import('./fix-run.js')).run(a),
};
