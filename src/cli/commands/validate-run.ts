// The module `k8slint validate` loads when it runs: one static graph (a single dynamic import
// from the command descriptor) starts faster than a chain of dynamic imports.
import { packageInfo } from '../../common/package-info.js';
import type { ManifestSource } from '../../documents/manifest-document.js';
import { readSources } from '../../documents/read-sources.js';
import { validateManifests, ValidateOptionsError } from '../../findings/validate-manifests.js';
import { validationRules } from '../../rules/builtin-rules.js';
import { parseKubeVersion } from '../../schemas/kube-version.js';
import { SchemaBundleError } from '../../schemas/schema-bundle.js';
import { cliLocale, cliMessage, summaryText } from '../cli-messages.js';
import { setExitCode } from '../exit-code.js';
import { findingSources, pickFormatter, ReportOutputError, ruleMetas, useColor } from '../report-output.js';
import type { ValidateArgs } from './validate.js';

const toolVersion = packageInfo().version;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string): void {
  process.stderr.write(`k8slint validate: ${message}\n`);
  setExitCode(2);
}

/** run is `k8slint validate`'s work, loaded only when the command runs. */
export async function run(args: ValidateArgs): Promise<void> {
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
  try {
    const formatter = await pickFormatter(args.format);
    const started = performance.now();
    const report = validateManifests(all, { kubeVersion, crds: crds.sources, locale });
    const known = new Map(all.map((s) => [s.file, s.content]));
    const context = {
      cwd: process.cwd(),
      toolVersion,
      rules: ruleMetas(validationRules),
      elapsedMs: performance.now() - started,
      sources: args.format === 'stylish' ? findingSources(report.findings, process.cwd(), known) : known,
      color: useColor(process.stdout.isTTY, process.env),
      charts: 0,
      summary: (s: typeof report.summary, charts: number, ms: number | undefined) => summaryText(locale, s, charts, ms),
    };
    process.stdout.write(formatter(report, context));
    setExitCode(errors.length + crds.errors.length > 0 ? 2 : report.summary.errors > 0 ? 1 : 0);
  } catch (err) {
    if (err instanceof ReportOutputError) return fail(err.localized(locale));
    if (err instanceof ValidateOptionsError) return fail(cliMessage(locale, 'invalidKubeVersion', { version: kubeVersion ?? '' }));
    if (err instanceof SchemaBundleError) return fail(err.message);
    throw err;
  }
}

