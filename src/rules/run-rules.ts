import type { Finding, Severity } from '../common/finding.js';
import { translate, type Locale } from '../common/i18n.js';
import { formatPath } from '../common/path.js';
import type { ManifestDocument } from '../documents/manifest-document.js';
import { toResource, type Resource } from '../documents/resource.js';
import type { SchemaRegistry } from '../schemas/schema-registry.js';
import type { ReportDescriptor, Rule, RuleListener } from './define-rule.js';

/** RuleSetting turns a rule off or sets its severity. */
export type RuleSetting = Severity | 'off';

/** RunRulesOptions configure one run of rules over documents. */
export interface RunRulesOptions {
  rules: readonly Rule[];
  kubeVersion: string;
  schemaVersion: string;
  schemas: SchemaRegistry;
  settings?: Record<string, RuleSetting>;
  /** locale of the messages (rule ids stay English). */
  locale?: Locale;
  ruleOptions?: Record<string, unknown[]>;
}

const IGNORE_ANNOTATION = 'k8slint.io/ignore';

function ignoredRules(res: Resource | undefined): Set<string> {
  const ann = (res?.object.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  const v = ann?.[IGNORE_ANNOTATION];
  return new Set(typeof v === 'string' ? v.split(',').map((s) => s.trim()) : []);
}

/**
 * runRules runs every enabled rule over the documents and returns their findings, positioned at
 * the offending node. A resource annotated `k8slint.io/ignore: rule-a,rule-b` skips those rules.
 */
export function runRules(docs: readonly ManifestDocument[], options: RunRulesOptions): Finding[] {
  const findings: Finding[] = [];
  let doc: ManifestDocument | undefined;
  let resource: Resource | undefined;
  let ignored = new Set<string>();
  let seen = new Set<string>();
  const listeners: { rule: Rule; listener: RuleListener }[] = [];
  for (const rule of options.rules) {
    const setting = options.settings?.[rule.id];
    if (setting === 'off') continue;
    const report = (d: ReportDescriptor<string>): void => {
      if (!doc || ignored.has(rule.id)) return;
      const f = toFinding(rule, doc, resource, d, options, setting);
      // An API-server check repeating a schema error on the same node is dropped.
      const key = `${f.line}:${f.column}:${f.path}`;
      if (rule.id === 'object-invalid' && f.severity === 'error' && seen.has(key)) return;
      if (f.severity === 'error' && rule.id.startsWith('schema-')) seen.add(key);
      findings.push(f);
    };
    const listener = rule.create({
      kubeVersion: options.kubeVersion,
      schemaVersion: options.schemaVersion,
      schemas: options.schemas,
      options: options.ruleOptions?.[rule.id] ?? rule.meta.defaultOptions ?? [],
      report,
    });
    listeners.push({ rule, listener });
  }
  for (const d of docs) {
    const first = findings.length;
    doc = d;
    resource = d.problems.some((p) => p.code === 'syntax') ? undefined : toResource(d);
    ignored = ignoredRules(resource);
    seen = new Set();
    for (const { listener } of listeners) {
      listener.document?.(d);
      if (resource) listener.resource?.(resource);
    }
    dropCoveredWarnings(findings, first);
  }
  return findings;
}

function toFinding(
  rule: Rule,
  doc: ManifestDocument,
  res: Resource | undefined,
  d: ReportDescriptor<string>,
  options: RunRulesOptions,
  setting: Severity | undefined,
): Finding {
  const range = d.range ?? doc.locate(d.path ?? [], d.target ?? 'value');
  const start = doc.position(range[0]);
  const end = doc.position(range[1]);
  const template = rule.meta.messages[d.messageId] ?? d.messageId;
  return {
    ruleId: rule.id,
    severity: setting ?? d.severity ?? rule.meta.defaultSeverity,
    message: translate(options.locale ?? 'en', `${rule.id}.${d.messageId}`, template, d.data).trimEnd(),
    file: start.file,
    line: start.line,
    column: start.column,
    resource: res ? { apiVersion: res.apiVersion || undefined, kind: res.kind || undefined, name: res.name, namespace: res.namespace } : {},
    path: formatPath(d.path ?? []),
    kubeVersion: options.kubeVersion,
    messageId: d.messageId,
    endLine: end.line,
    endColumn: end.column,
  };
}

/**
 * dropCoveredWarnings removes a document's warnings at a path where an error already reports the
 * same node or one inside it (e.g. a list-map duplicate warning next to a duplicate-name error).
 */
function dropCoveredWarnings(findings: Finding[], from: number): void {
  const errors = findings.slice(from).filter((f) => f.severity === 'error' && f.path !== '');
  if (errors.length === 0) return;
  for (let i = findings.length - 1; i >= from; i--) {
    const w = findings[i];
    if (w.severity !== 'warning' || w.path === '') continue;
    if (errors.some((e) => e.path === w.path || e.path.startsWith(`${w.path}.`) || e.path.startsWith(`${w.path}[`))) findings.splice(i, 1);
  }
}
