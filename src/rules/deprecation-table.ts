import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Source is where a table row's facts come from (see schemas/deprecations.yaml). */
export type DeprecationSource = 'openapi' | 'guide' | 'lifecycle';

/** ApiRow is one apiVersion/kind with its lifecycle. Versions are Kubernetes minors ("1.22"). */
export interface ApiRow {
  apiVersion: string;
  kind: string;
  introducedIn?: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  replacement: { apiVersion: string; kind: string; servedSince?: string } | null;
  migration?: string;
  sources: DeprecationSource[];
}

/** FieldRow is a deprecated field (optionally only a deprecated value of it). */
export interface FieldRow {
  kinds: string[];
  path: string;
  podSpec?: boolean;
  value?: string;
  deprecatedIn: string;
  removedIn: string | null;
  replacement: string | null;
  migration: string;
  sources: DeprecationSource[];
}

/** AnnotationRow is a deprecated annotation key (or key prefix). */
export interface AnnotationRow {
  key?: string;
  keyPrefix?: string;
  kinds?: string[];
  deprecatedIn: string;
  removedIn: string | null;
  removedMeaning?: string;
  replacement: string;
  sources: DeprecationSource[];
}

/** LabelRow is a deprecated well-known label key. */
export interface LabelRow {
  key: string;
  deprecatedIn: string;
  replacement: string;
  sources: DeprecationSource[];
}

/** RegistryRow is a deprecated container image registry. */
export interface RegistryRow {
  registry: string;
  deprecatedIn: string;
  frozenOn: string;
  replacement: string;
  sources: DeprecationSource[];
}

/** VolumePluginRow is an in-tree volume plugin (pod volume field and StorageClass provisioner). */
export interface VolumePluginRow {
  field: string;
  provisioner: string | null;
  deprecatedIn: string;
  removedIn: string | null;
  replacement: string;
  sources: DeprecationSource[];
}

/** DeprecationTable is the parsed schemas/deprecations.yaml. */
export interface DeprecationTable {
  apis: ApiRow[];
  fields: FieldRow[];
  annotations: AnnotationRow[];
  labels: LabelRow[];
  registries: RegistryRow[];
  volumePlugins: VolumePluginRow[];
}

let cached: DeprecationTable | undefined;

/** deprecationTablePath is the location of the shipped table. */
export const deprecationTablePath = fileURLToPath(new URL('../../schemas/deprecations.yaml', import.meta.url));

/** loadDeprecationTable parses the shipped table once (lazily: only lint/fix need it). */
export function loadDeprecationTable(): DeprecationTable {
  cached ??= parse(readFileSync(deprecationTablePath, 'utf8')) as DeprecationTable;
  return cached;
}

/** minorOf turns "1.22" (or "v1.22.3") into 22; major versions other than 1 are not used by Kubernetes. */
export function minorOf(version: string): number {
  const m = /^v?1\.(\d+)/.exec(version);
  if (!m) throw new Error(`not a Kubernetes version: ${version}`);
  return Number(m[1]);
}

/** isAlphaVersion tells whether an apiVersion is an alpha API (`v1alpha1`, `group/v2alpha3`). */
export function isAlphaVersion(apiVersion: string): boolean {
  return /(^|\/)v\d+alpha\d+$/.test(apiVersion);
}

/** findApiRow returns the table row for an apiVersion/kind, if the table knows it. */
export function findApiRow(apiVersion: string, kind: string): ApiRow | undefined {
  return loadDeprecationTable().apis.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}
