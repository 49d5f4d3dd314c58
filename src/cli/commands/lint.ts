import type { Argv, CommandModule } from 'yargs';
import { PARSER_CONFIG } from './parser-config.js';
import type { ValuesArgs } from './values-args.js';

/** LintArgs are `k8slint lint`'s parsed flags. */
export interface LintArgs extends ValuesArgs {
  targets: string[];
  'kube-version': string[];
  'helm-version'?: string;
  'values-matrix'?: string;
  'release-name'?: string;
  namespace?: string;
  'api-versions': string[];
  format?: string;
  crd: string[];
  'max-warnings'?: number;
  locale?: string;
  config?: string;
  'report-unused-disables': boolean;
  quiet: boolean;
}

function builder(y: Argv): Argv<LintArgs> {
  return y
    .parserConfiguration({ ...PARSER_CONFIG, 'dot-notation': false, 'parse-positional-numbers': false, 'camel-case-expansion': false })
    .positional('targets', { type: 'string', array: true, default: [], describe: 'charts (directories or .tgz), manifest files, directories, globs, or - for stdin' })
    .option('kube-version', { alias: 'k', type: 'string', array: true, default: [], describe: 'target version(s): 1.29, v1.29.0, a range 1.25..1.36; repeatable (default: config, else the newest bundled)' })
    .option('helm-version', { type: 'string', choices: ['3', '4'], describe: 'render charts like Helm 3 (3.17.3) or Helm 4 (4.1.4, default)' })
    .option('values', { alias: 'f', type: 'string', array: true, default: [], describe: 'values files for charts (repeatable)' })
    .option('set', { type: 'string', array: true, default: [], describe: 'set chart values (key1=val1,key2=val2)' })
    .option('set-string', { type: 'string', array: true, default: [], describe: 'set STRING chart values' })
    .option('set-file', { type: 'string', array: true, default: [], describe: 'set chart values from files (key=path)' })
    .option('set-json', { type: 'string', array: true, default: [], describe: 'set JSON chart values (key=jsonval)' })
    .option('set-literal', { type: 'string', array: true, default: [], describe: 'set a literal STRING chart value' })
    .option('values-matrix', { type: 'string', describe: "render each chart once per values file matching this glob (e.g. 'ci/*-values.yaml', relative to the chart)" })
    .option('release-name', { type: 'string', describe: 'release name for charts (default release-name)' })
    .option('namespace', { alias: 'n', type: 'string', describe: 'release namespace for charts (default default)' })
    .option('api-versions', { alias: 'a', type: 'string', array: true, default: [], describe: 'extra .Capabilities.APIVersions for every target version' })
    .option('format', { alias: 'o', type: 'string', describe: 'stylish (default), json, sarif, junit, github, or template=FILE.hbs' })
    .option('crd', { type: 'string', array: true, default: [], describe: 'CRD file or directory registering custom resource schemas (repeatable)' })
    .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more warnings than this' })
    .option('locale', { type: 'string', choices: ['en', 'zh-CN'], describe: 'message language (default: from LC_ALL/LC_MESSAGES/LANG)' })
    .option('config', { alias: 'c', type: 'string', describe: 'config file (default: the nearest .k8slintrc.yaml / k8slint.config.* upwards)' })
    .option('report-unused-disables', { type: 'boolean', default: false, describe: 'report k8slint-disable-next-line comments that silence nothing' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'report errors only' })
    .epilogue(
      'Exit codes: 0 no error findings; 1 error findings (or more warnings than --max-warnings); 2 usage or input errors.',
    ) as unknown as Argv<LintArgs>;
}

/** lintCommand is `k8slint lint CHART|FILES...`: render charts, validate, and apply the deprecation rules. */
export const lintCommand: CommandModule<object, LintArgs> = {
  command: 'lint [targets..]',
  describe: 'Render charts and check charts and manifests: schemas, API-server checks, deprecated and removed APIs',
  builder,
  handler: async (a) => (await import('./lint-run.js')).run(a),
};
