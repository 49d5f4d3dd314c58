import type { Severity } from '../common/finding.js';
import type { MessageData } from '../common/messages.js';
import type { PathSegment } from '../common/path.js';
import type { LocateTarget, ManifestDocument } from '../documents/manifest-document.js';
import type { Resource } from '../documents/resource.js';
import type { SchemaRegistry } from '../schemas/schema-registry.js';

/** ReportDescriptor is what a rule reports; the runner adds position, message text and resource. */
export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: MessageData;
  /** path inside the resource; the finding is placed on the deepest node of it that exists. */
  path?: readonly PathSegment[];
  target?: LocateTarget;
  /** range overrides `path` with explicit source offsets. */
  range?: [number, number];
  severity?: Severity;
}

/** RuleContext is what a rule sees while it runs over one input. */
export interface RuleContext<M extends string> {
  /** kubeVersion is the exact requested version (`1.27`), used by version-specific rules. */
  readonly kubeVersion: string;
  /** schemaVersion is the bundled version whose schemas are used (`1.28` for 1.27). */
  readonly schemaVersion: string;
  readonly schemas: SchemaRegistry;
  readonly options: readonly unknown[];
  report(descriptor: ReportDescriptor<M>): void;
}

/** RuleListener receives each document, and each document that is a Kubernetes object. */
export interface RuleListener {
  document?(doc: ManifestDocument): void;
  resource?(resource: Resource): void;
}

/** RuleMeta documents a rule and holds every user-facing message it can produce. */
export interface RuleMeta<M extends string> {
  docs: { description: string; url?: string };
  messages: Record<M, string>;
  defaultSeverity: Severity;
  schema?: unknown[];
  fixable?: 'code' | 'migration';
  defaultOptions?: unknown[];
}

/** Rule is one check with an id equal to its file name. */
export interface Rule<M extends string = string> {
  id: string;
  meta: RuleMeta<M>;
  create(ctx: RuleContext<M>): RuleListener;
}

/** defineRule types a rule so that its message ids are checked at compile time. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
