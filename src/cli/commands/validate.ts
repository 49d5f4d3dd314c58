import type { Argv, CommandModule } from 'yargs';
import type { ManifestSource } from '../../documents/manifest-document.js';
import { setExitCode } from '../exit-code.js';

interface ValidateArgs {
  inputs: string[];
  'kube-version'?: string;
  format: string;
  crd: string[];
  locale?: string;
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

/** run is the command's work; every module beyond yargs loads here, so `--help` and other commands stay cheap. */
async function run(args: ValidateArgs): Promise<void> {
  const [{ cliLocale, cliMessage, summaryText }, { readSources }, { parseKubeVersion }] = await Promise.all([
    import('../cli-messages.js'),
    import('../../documents/read-sources.js'),
    import('../../schemas/kube-version.js'),
  ]);
  const locale = cliLocale(args.locale);
  if (args.inputs.length === 0) return fail(cliMessage(locale, 'noInputValidate'));
  const kubeVersion = args['kube-version'];
  if (kubeVersion !== undefined && !parseKubeVersion(kubeVersion)) return fail(cliMessage(locale, 'invalidKubeVersion', { version: kubeVersion }));
  const files = args.inputs.filter((p) => p !== '-');
  const { sources, errors } = readSources(files);
  const all: ManifestSource[] = [...sources];
  if (args.inputs.includes('-')) all.unshift({ file: '<stdin>', content: await readStdin() });
  const crds = readSources(args.crd);
  for (const e of [...errors, ...crds.errors]) process.stderr.write(`k8slint validate: ${cliMessage(locale, 'cannotRead', { path: e.path, reason: e.message })}\n`);
  const [{ validateManifests, ValidateOptionsError }, { validationRules }, { SchemaBundleError }, out, { packageInfo }] = await Promise.all([
    import('../../findings/validate-manifests.js'),
    import('../../rules/builtin-rules.js'),
    import('../../schemas/schema-bundle.js'),
    import('../report-output.js'),
    import('../../common/package-info.js'),
  ]);
  try {
    const formatter = await out.pickFormatter(args.format);
    const started = performance.now();
    const report = validateManifests(all, { kubeVersion, crds: crds.sources });
    if (locale !== 'en') {
      const { translateFinding } = await import('../../findings/translate-finding.js');
      for (const f of report.findings) f.message = translateFinding(locale, f);
    }
    const known = new Map(all.map((s) => [s.file, s.content]));
    const context = {
      cwd: process.cwd(),
      toolVersion: packageInfo().version,
      rules: out.ruleMetas(validationRules),
      elapsedMs: performance.now() - started,
      sources: args.format === 'stylish' ? out.findingSources(report.findings, process.cwd(), known) : known,
      color: out.useColor(process.stdout.isTTY, process.env),
      charts: 0,
      summary: (s: typeof report.summary, charts: number, ms: number | undefined) => summaryText(locale, s, charts, ms),
    };
    process.stdout.write(formatter(report, context));
    setExitCode(errors.length + crds.errors.length > 0 ? 2 : report.summary.errors > 0 ? 1 : 0);
  } catch (err) {
    if (err instanceof out.ReportOutputError) return fail(err.localized(locale));
    if (err instanceof ValidateOptionsError) return fail(cliMessage(locale, 'invalidKubeVersion', { version: kubeVersion ?? '' }));
    if (err instanceof SchemaBundleError) return fail(err.message);
    throw err;
  }
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
      .parserConfiguration({ 'unknown-options-as-args': true }) as unknown as Argv<ValidateArgs>,
  handler: (args) => run(args),
};
