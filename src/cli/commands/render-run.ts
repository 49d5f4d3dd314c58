import { setExitCode } from '../exit-code.js';
import { parseDuration, withRenderTimeout } from '../../common/limits.js';
import type { RenderArgs } from './render.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
/** csv splits pflag StringSlice values (`-a a,b -a c`). */
const csv = (v: unknown): string[] => list(v).flatMap((s) => s.split(',')).filter((s) => s !== '');

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

/** run is `k8slint render`'s work, loaded only when the command runs. */
export async function run(a: RenderArgs): Promise<void> {
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

