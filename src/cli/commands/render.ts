import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_RENDER_TIMEOUT_MS } from '../../common/limits.js';

/** RenderArgs are `k8slint render`'s flags: helm template's plus --helm-version and --no-lint. */
export interface RenderArgs {
  args: string[];
  values: string[];
  set: string[];
  'set-string': string[];
  'set-file': string[];
  'set-json': string[];
  'set-literal': string[];
  namespace?: string;
  'kube-version'?: string;
  'api-versions': string[];
  'include-crds': boolean;
  'skip-crds': boolean;
  'skip-tests': boolean;
  'no-hooks': boolean;
  'show-only': string[];
  'output-dir'?: string;
  'release-name': boolean;
  'is-upgrade': boolean;
  'skip-schema-validation': boolean;
  'name-template'?: string;
  'generate-name': boolean;
  'helm-version': string;
  'no-lint': boolean;
  'render-timeout': string;
}

function builder(y: Argv): Argv<RenderArgs> {
  return y
    .parserConfiguration({ 'dot-notation': false, 'parse-numbers': false, 'parse-positional-numbers': false, 'boolean-negation': false, 'camel-case-expansion': false })
    .positional('args', { type: 'string', array: true, describe: 'CHART, or NAME CHART (a chart directory or .tgz)' })
    .option('values', { alias: 'f', type: 'string', array: true, default: [], describe: 'values YAML files (repeatable, comma-separated)' })
    .option('set', { type: 'string', array: true, default: [], describe: 'set values (key1=val1,key2=val2)' })
    .option('set-string', { type: 'string', array: true, default: [], describe: 'set STRING values' })
    .option('set-file', { type: 'string', array: true, default: [], describe: 'set values from files (key=path)' })
    .option('set-json', { type: 'string', array: true, default: [], describe: 'set JSON values (key=jsonval)' })
    .option('set-literal', { type: 'string', array: true, default: [], describe: 'set a literal STRING value' })
    .option('namespace', { alias: 'n', type: 'string', describe: 'release namespace (default "default")' })
    .option('kube-version', { type: 'string', describe: 'Kubernetes version for .Capabilities.KubeVersion' })
    .option('api-versions', { alias: 'a', type: 'string', array: true, default: [], describe: 'extra .Capabilities.APIVersions' })
    .option('include-crds', { type: 'boolean', default: false, describe: 'include CRDs in the output' })
    .option('skip-crds', { type: 'boolean', default: false, describe: 'accepted for helm compatibility (no effect on output)' })
    .option('skip-tests', { type: 'boolean', default: false, describe: 'skip test hooks' })
    .option('no-hooks', { type: 'boolean', default: false, describe: 'omit hooks' })
    .option('show-only', { alias: 's', type: 'string', array: true, default: [], describe: 'only show manifests rendered from these templates' })
    .option('output-dir', { type: 'string', describe: 'write each template to a file under this directory' })
    .option('release-name', { type: 'boolean', default: false, describe: 'use the release name in the output-dir path' })
    .option('is-upgrade', { type: 'boolean', default: false, describe: 'set .Release.IsUpgrade instead of .Release.IsInstall' })
    .option('skip-schema-validation', { type: 'boolean', default: false, describe: 'do not validate values against values.schema.json' })
    .option('name-template', { type: 'string', describe: 'template for the release name' })
    .option('generate-name', { alias: 'g', type: 'boolean', default: false, describe: 'accepted for helm compatibility (name stays release-name)' })
    .option('helm-version', { type: 'string', default: '4', choices: ['3', '4'], describe: 'Helm major version to reproduce (4.1.4 or 3.17.3)' })
    .option('no-lint', {
      type: 'boolean',
      default: false,
      describe: 'only render; by default the rendered manifests are also checked like `k8slint validate` (findings on stderr, exit 1 on errors)',
    })
    .option('render-timeout', {
      type: 'string',
      default: `${DEFAULT_RENDER_TIMEOUT_MS / 1000}s`,
      describe: 'stop rendering after this long (e.g. 30s, 2m; 0 disables)',
    })
    .epilogue('stdout is byte-identical to `helm template` with the same flags; errors print as `Error: ...` with exit 1.') as unknown as Argv<RenderArgs>;
}

/** renderCommand is `k8slint render [NAME] CHART [flags]`, a drop-in for `helm template`. */
export const renderCommand: CommandModule<object, RenderArgs> = {
  command: 'render [args..]',
  describe: 'Render a chart exactly like `helm template`, then check the manifests',
  builder,
  handler: async (a) => (await import('./render-run.js')).run(a),
};
