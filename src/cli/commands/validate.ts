import type { Argv, CommandModule } from 'yargs';
import { PARSER_CONFIG } from './parser-config.js';

/** ValidateArgs are `k8slint validate`'s parsed flags. */
export interface ValidateArgs {
  inputs: string[];
  'kube-version'?: string;
  format: string;
  crd: string[];
  locale?: string;
}

/** validateCommand is `k8slint validate FILES... | DIR | -`: exit 0 clean, 1 error findings, 2 usage or input errors. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate [inputs..]',
  describe: 'Validate Kubernetes manifests against the schemas of a Kubernetes version',
  builder: (y: Argv) =>
    y
      .positional('inputs', { type: 'string', array: true, default: [], describe: 'files, directories, or - for stdin' })
      .option('kube-version', { alias: 'k', type: 'string', describe: 'target Kubernetes version (1.29, 1.29.0, v1.29.0)' })
      .option('format', { alias: 'o', type: 'string', default: 'stylish', describe: 'output format: stylish, json, sarif, junit, github, template=FILE.hbs' })
      .option('crd', { type: 'string', array: true, default: [], describe: 'CRD file or directory registering custom resource schemas' })
      .option('locale', { type: 'string', choices: ['en', 'zh-CN'], describe: 'message language (default: from LC_ALL/LC_MESSAGES/LANG)' })
      // Keep a lone '-' (stdin) among the inputs; yargs would otherwise read it as an option.
      .parserConfiguration({ ...PARSER_CONFIG, 'unknown-options-as-args': true }) as unknown as Argv<ValidateArgs>,
  handler: async (args) => (await import('./validate-run.js')).run(args),
};
