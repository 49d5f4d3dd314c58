import { resolveLocale, translate, type Locale } from '../common/i18n.js';
import type { FindingsSummary } from '../common/finding.js';

/**
 * cliMessages are the English templates of every user-facing CLI message that is not a rule
 * message (usage and input errors, the summary line, matrix words, fix's progress lines), by id.
 * Translations live in the locale catalogs under `cli.<id>` (test/common/i18n.test.ts checks
 * that each locale has every id). `--help` texts stay English.
 */
export const cliMessages = {
  usageHint: "Run 'k8slint --help' for usage.",
  specifyCommand: 'Specify a command.',
  noInputValidate: "no input: give files, directories, or '-' for stdin",
  noInputFix: 'no input: give manifest files, directories or charts',
  kubeVersionRequired: '--kube-version is required (the version to migrate to)',
  invalidKubeVersion: 'invalid Kubernetes version "{{version}}": use a version such as 1.29, 1.29.0 or v1.29.0',
  invalidKubeVersionOrRange: 'invalid Kubernetes version "{{version}}": use a version such as 1.29, 1.29.0 or v1.29.0, or a range such as 1.25..1.36',
  unknownFormat: 'unknown format "{{format}}": use one of {{formats}}',
  reportTemplateUnreadable: 'cannot read report template {{file}}: {{reason}}',
  reportTemplateInvalid: 'invalid report template {{file}}: {{reason}}',
  cannotRead: 'cannot read {{path}}: {{reason}}',
  noSuchPath: 'no such file or directory: {{paths}}',
  noSuchTarget: 'no such file, directory or match: {{paths}}',
  valuesMatrixEmpty: '--values-matrix {{glob}} matches no file in {{chart}}',
  fixed: 'fixed {{file}}',
  summary: '{{resources}} in {{files}} ({{charts}}): {{errors}}, {{warnings}}',
  elapsed: ' ({{seconds}}s)',
  resourceOne: '{{n}} resource',
  resourceOther: '{{n}} resources',
  fileOne: '{{n}} file',
  fileOther: '{{n}} files',
  chartOne: '{{n}} chart',
  chartOther: '{{n}} charts',
  errorOne: '{{n}} error',
  errorOther: '{{n}} errors',
  warningOne: '{{n}} warning',
  warningOther: '{{n}} warnings',
  matrixResource: 'resource',
  matrixOk: 'ok',
  matrixDeprecated: 'deprecated',
  matrixRemoved: 'REMOVED',
  matrixInvalid: 'INVALID',
} as const;

/** CliMessageId names a CLI message. */
export type CliMessageId = keyof typeof cliMessages;

/** cliMessage renders CLI message `id` in `locale` (English when the locale lacks it). */
export function cliMessage(locale: Locale, id: CliMessageId, data?: Record<string, string | number>): string {
  return translate(locale, `cli.${id}`, cliMessages[id], data);
}

type Counted = 'resource' | 'file' | 'chart' | 'error' | 'warning';

function count(locale: Locale, what: Counted, n: number): string {
  return cliMessage(locale, `${what}${n === 1 ? 'One' : 'Other'}` as CliMessageId, { n });
}

/** summaryText is the localized `N resources in M files (K charts): E errors, W warnings (T s)`. */
export function summaryText(locale: Locale, s: FindingsSummary, charts: number, elapsedMs: number | undefined): string {
  const line = cliMessage(locale, 'summary', {
    resources: count(locale, 'resource', s.resources),
    files: count(locale, 'file', s.files),
    charts: count(locale, 'chart', charts),
    errors: count(locale, 'error', s.errors),
    warnings: count(locale, 'warning', s.warnings),
  });
  return elapsedMs === undefined ? line : `${line}${cliMessage(locale, 'elapsed', { seconds: (elapsedMs / 1000).toFixed(2) })}`;
}

/** cliLocale is `--locale` when given (and shipped), else the locale of the environment. */
export function cliLocale(explicit: string | undefined, env: Record<string, string | undefined> = process.env): Locale {
  return resolveLocale(explicit, env);
}

/** CliError is a usage or input error whose message is a CLI message (exit 2). */
export class CliError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(translate('en', `cli.${id}`, cliMessages[id], data));
    this.name = 'CliError';
  }

  /** localized renders the message in `locale`. */
  localized(locale: Locale): string {
    return cliMessage(locale, this.id, this.data);
  }
}
