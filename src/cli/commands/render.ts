import type { Argv, CommandModule } from 'yargs';
import { setExitCode } from '../exit-code.js';
import { DEFAULT_RENDER_TIMEOUT_MS, parseDuration, withRenderTimeout } from '../../common/limits.js';

/** RenderArgs are `k8slint render`'s flags: helm template's plus --helm-version and --no-lint. */
interface RenderArgs {
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

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
/** csv splits pflag StringSlice values (`-a a,b -a c`). */
const csv = (v: unknown): string[] => list(v).flatMap((s) => s.split(',')).filter((s) => s !== '');

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

async function releaseName(a: RenderArgs, positional: string[]): Promise<{ name: string; chart: string }> {
  if (positional.length > 2) throw new Error(`expected at most two arguments, unexpected arguments: ${positional.slice(2).join(', ')}`);
  if (positional.length === 2) {
    if (a['generate-name']) throw new Error('cannot set --generate-name and also specify a name');
    if (a['name-template']) throw new Error('cannot set --name-template and also specify a name');
    return { name: positional[0], chart: positional[1] };
  }
  if (a['name-template']) {
    const { renderNameTemplate } = await import('../../chart/name-template.js');
    return { name: renderNameTemplate(a['name-template']), chart: positional[0] };
  }
  return { name: 'release-name', chart: positional[0] };
}

async function handler(a: RenderArgs): Promise<void> {
  const positional = list(a.args);
  if (positional.length === 0) {
    process.stderr.write('Error: "k8slint render" requires at least 1 argument\n');
    setExitCode(1);
    return;
  }
  const { renderForCli } = await import('../../chart/cli-render.js');
  const helmVersion = a['helm-version'] === '3' ? 3 : 4;
  let name: { name: string; chart: string };
  try {
    name = await releaseName(a, positional);
  } catch (e) {
    process.stderr.write(`Error: ${(e as Error).message}\n`);
    setExitCode(1);
    return;
  }
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(a['render-timeout']);
  } catch (e) {
    process.stderr.write(`Error: invalid argument for "--render-timeout" flag: ${(e as Error).message}\n`);
    setExitCode(1);
    return;
  }
  const res = withRenderTimeout(timeoutMs, () => renderForCli(name.chart, {
    helmVersion,
    releaseName: name.name,
    namespace: a.namespace ?? 'default',
    isUpgrade: a['is-upgrade'],
    values: {
      valueFiles: csv(a.values),
      set: list(a.set),
      setString: list(a['set-string']),
      setFile: list(a['set-file']),
      setJson: list(a['set-json']),
      setLiteral: list(a['set-literal']),
    },
    kubeVersion: a['kube-version'],
    apiVersions: csv(a['api-versions']),
    includeCrds: a['include-crds'],
    noHooks: a['no-hooks'],
    skipTests: a['skip-tests'],
    showOnly: list(a['show-only']),
    skipSchemaValidation: a['skip-schema-validation'],
    outputDir: a['output-dir'],
    useReleaseName: a['release-name'],
  }));
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  if (res.exitCode !== 0 || a['no-lint'] || !res.result) {
    setExitCode(res.exitCode);
    return;
  }
  const { lintRendered } = await import('../render-lint.js');
  const lint = await lintRendered(res.result, res.stdout, a['kube-version'], name.chart);
  process.stderr.write(lint.text);
  setExitCode(lint.errors > 0 ? 1 : 0);
}

/** renderCommand is `k8slint render [NAME] CHART [flags]`, a drop-in for `helm template`. */
export const renderCommand: CommandModule<object, RenderArgs> = {
  command: 'render [args..]',
  describe: 'Render a chart exactly like `helm template`, then check the manifests',
  builder,
  handler,
};
