/**
 * Finding is the one output shape of every k8slint check (validate, deprecations, render):
 * the JSON shape `{ ruleId, severity, message, file, line, column, resource, path, kubeVersion }`
 * plus optional message id, end position and fix.
 */
export type Severity = 'error' | 'warning' | 'info';

/** FindingResource identifies the Kubernetes object a finding is about (fields may be absent). */
export interface FindingResource {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

/** FindingFix replaces the source text between two offsets of `file` with `text`. */
export interface FindingFix {
  range: [number, number];
  text: string;
}

/** Finding is one problem, positioned at the offending YAML node (1-based line and column). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  resource: FindingResource;
  /** path is the dotted field path inside the resource, e.g. `spec.containers[0].name`; '' for the whole document. */
  path: string;
  kubeVersion: string;
  messageId?: string;
  endLine?: number;
  endColumn?: number;
  fix?: FindingFix;
}

/** FindingsSummary counts what a run looked at and found. */
export interface FindingsSummary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
}

/** FindingsReport is the JSON document every command prints with `--format json`. */
export interface FindingsReport {
  findings: Finding[];
  summary: FindingsSummary;
}
