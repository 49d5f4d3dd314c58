import type { Argv, CommandModule } from 'yargs';
import { packageInfo } from '../../common/package-info.js';
import type { ManifestSource } from '../../documents/manifest-document.js';
import { readSources } from '../../documents/read-sources.js';
import { validateManifests, ValidateOptionsError } from '../../findings/validate-manifests.js';
import { validationRules } from '../../rules/builtin-rules.js';
import { SchemaBundleError } from '../../schemas/schema-bundle.js';
import { setExitCode } from '../exit-code.js';
import { formatNames, pickFormatter, ReportOutputError, ruleMetas } from '../report-output.js';

const toolVersion = packageInfo().version;

interface ValidateArgs {
  inputs: string[];
  'kube-version'?: string;
  format: string;
  crd: string[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string): void {
  process.stderr.write(`k8slint validate: ${message}\n`);
  setExitCode(2);
}

/** validateCommand is `k8slint validate FILES... | DIR | -`: exit 0 clean, 1 error findings, 2 usage or input errors. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate [inputs..]',
  describe: 'Validate Kubernetes manifests against the schemas of a Kubernetes version',
  builder: (y: Argv) =>
    y
      .positional('inputs', { type: 'string', array: true, default: [], describe: 'files, directories, or - for stdin' })
      .option('kube-version', { alias: 'k', type: 'string', describe: 'target Kubernetes version (1.29, 1.29.0, v1.29.0)' })
      .option('format', { alias: 'o', type: 'string', default: 'stylish', describe: `output format: ${formatNames.join(', ')}` })
      .option('crd', { type: 'string', array: true, default: [], describe: 'CRD file or directory registering custom resource schemas' })
      // Keep a lone '-' (stdin) among the inputs; yargs would otherwise read it as an option.
      .parserConfiguration({ 'unknown-options-as-args': true }) as unknown as Argv<ValidateArgs>,
  handler: async (args) => {
    if (args.inputs.length === 0) return fail("no input: give files, directories, or '-' for stdin");
    const files = args.inputs.filter((p) => p !== '-');
    const { sources, errors } = readSources(files);
    const all: ManifestSource[] = [...sources];
    if (args.inputs.includes('-')) all.unshift({ file: '<stdin>', content: await readStdin() });
    const crds = readSources(args.crd);
    for (const e of [...errors, ...crds.errors]) process.stderr.write(`k8slint validate: cannot read ${e.path}: ${e.message}\n`);
    try {
      const formatter = await pickFormatter(args.format);
      const started = performance.now();
      const report = validateManifests(all, { kubeVersion: args['kube-version'], crds: crds.sources });
      const sources = new Map(all.map((s) => [s.file, s.content]));
      const context = { cwd: process.cwd(), toolVersion, rules: ruleMetas(validationRules), elapsedMs: performance.now() - started, sources };
      process.stdout.write(formatter(report, context));
      setExitCode(errors.length + crds.errors.length > 0 ? 2 : report.summary.errors > 0 ? 1 : 0);
    } catch (err) {
      if (err instanceof ValidateOptionsError || err instanceof SchemaBundleError || err instanceof ReportOutputError) return fail(err.message);
      throw err;
    }
  },
};
