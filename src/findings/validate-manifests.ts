import type { Finding, FindingsReport } from '../common/finding.js';
import { translate, type Locale } from '../common/i18n.js';
import type { ManifestDocument, ManifestSource } from '../documents/manifest-document.js';
import { parseDocuments } from '../documents/parse-documents.js';
import { validationRules } from '../rules/builtin-rules.js';
import type { Rule } from '../rules/define-rule.js';
import { runRules, type RuleSetting } from '../rules/run-rules.js';
import { SchemaBundle } from '../schemas/schema-bundle.js';
import { SchemaRegistry } from '../schemas/schema-registry.js';
import { sortFindings, summarize } from './sort-findings.js';

/** ManifestInput is one text, one named source, or a list of them. */
export type ManifestInput = string | ManifestSource | readonly (string | ManifestSource)[];

/** ValidateOptions configure validateManifests. */
export interface ValidateOptions {
  /** kubeVersion accepts `1.29`, `1.29.0`, `v1.29.0`; default: the newest bundled version. */
  kubeVersion?: string;
  /** crds are extra sources whose CustomResourceDefinitions register schemas (like `--crd`). */
  crds?: ManifestInput;
  /** rules turns rules off or changes their severity. */
  rules?: Record<string, RuleSetting>;
  /** schemaDir reads the schema bundle from another directory. */
  schemaDir?: string;
  /** extraRules run before the validation rules (`lint` adds the deprecation rules, whose api-removed wins over schema-invalid at the same node). */
  extraRules?: readonly Rule[];
  /** locale of the messages (default English; rule ids stay English). */
  locale?: Locale;
}

/** ValidateOptionsError reports an unusable option (e.g. a malformed Kubernetes version). */
export class ValidateOptionsError extends Error {
  readonly code = 'INVALID_OPTION';
  override readonly name = 'ValidateOptionsError';
}

/** NOTICES are informational messages of validateManifests (translated like rule messages). */
export const NOTICES = {
  nearestVersion: 'No bundled schemas for Kubernetes {{requested}}; validating against {{schemaVersion}}, the nearest bundled version.',
};

const NOTICE_RULE: Rule<'nearestVersion'> = {
  id: 'schema-missing',
  meta: { docs: { description: '' }, defaultSeverity: 'info', messages: NOTICES },
  create: () => ({}),
};

const registries = new Map<string, SchemaRegistry>();

function baseRegistry(dir: string | undefined): SchemaRegistry {
  const key = dir ?? '';
  let r = registries.get(key);
  if (!r) {
    r = new SchemaRegistry(dir ? new SchemaBundle(dir) : new SchemaBundle());
    registries.set(key, r);
  }
  return r;
}

/** toSources normalises the accepted input forms. */
export function toSources(input: ManifestInput): ManifestSource[] {
  const list = typeof input === 'string' || !Array.isArray(input) ? [input as string | ManifestSource] : (input as (string | ManifestSource)[]);
  return list.map((s, i) => (typeof s === 'string' ? { file: list.length > 1 ? `<input-${i + 1}>` : '<input>', content: s } : s));
}

function isCrd(doc: ManifestDocument): boolean {
  const v = doc.value as { apiVersion?: unknown; kind?: unknown } | undefined;
  return typeof v === 'object' && v !== null && v.kind === 'CustomResourceDefinition' && typeof v.apiVersion === 'string' && v.apiVersion.startsWith('apiextensions.k8s.io/');
}

/**
 * validateManifests checks Kubernetes manifests against the schemas of one Kubernetes version
 * (built-in and from CRDs found in the input or given as `crds`) and the API server's own
 * object validation; it returns positioned findings and a summary. It never prints or exits.
 */
export function validateManifests(input: ManifestInput, options: ValidateOptions = {}): FindingsReport {
  const registry = baseRegistry(options.schemaDir).fork();
  const wanted = options.kubeVersion ?? registry.bundle.versions[registry.bundle.versions.length - 1];
  const version = registry.resolveVersion(wanted);
  if (!version) throw new ValidateOptionsError(`invalid Kubernetes version "${wanted}": use a version such as 1.29, 1.29.0 or v1.29.0`);
  const sources = toSources(input);
  const parsed = sources.map((s) => parseDocuments(s));
  for (const doc of [...parsed.flat(), ...(options.crds ? toSources(options.crds).flatMap(parseDocuments) : [])]) {
    if (isCrd(doc)) registry.addCrd(doc.value);
  }
  const findings: Finding[] = [];
  if (!version.exact) findings.push(notice(sources[0]?.file ?? '', version.requested, version.schemaVersion, options.locale ?? 'en'));
  let resources = 0;
  for (const docs of parsed) {
    resources += docs.filter((d) => typeof d.value === 'object' && d.value !== null).length;
    findings.push(
      ...runRules(docs, {
        rules: options.extraRules ? [...options.extraRules, ...validationRules] : validationRules,
        kubeVersion: version.requested,
        schemaVersion: version.schemaVersion,
        schemas: registry,
        settings: options.rules,
        locale: options.locale,
      }),
    );
  }
  const kept = dropCoveredByRemoval(findings);
  return { findings: sortFindings(kept), summary: summarize(kept, sources.length, resources) };
}

/** dropCoveredByRemoval drops `schema-invalid/notServed` where `api-removed` (lint's rule) already says the API is gone. */
function dropCoveredByRemoval(findings: Finding[]): Finding[] {
  const removed = new Set(findings.filter((f) => f.ruleId === 'api-removed').map((f) => `${f.file}:${f.line}:${f.column}`));
  if (!removed.size) return findings;
  return findings.filter((f) => !(f.ruleId === 'schema-invalid' && f.messageId === 'notServed' && removed.has(`${f.file}:${f.line}:${f.column}`)));
}

function notice(file: string, requested: string, schemaVersion: string, locale: Locale): Finding {
  return {
    ruleId: NOTICE_RULE.id,
    severity: 'info',
    message: translate(locale, 'schema-missing.nearestVersion', NOTICES.nearestVersion, { requested, schemaVersion }),
    messageId: 'nearestVersion',
    file,
    line: 1,
    column: 1,
    resource: {},
    path: '',
    kubeVersion: requested,
  };
}
