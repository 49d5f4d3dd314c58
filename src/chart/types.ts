import type { GoMap } from '../template/value.js';

/** ChartFile is one file of a chart, its path relative to the chart root with `/` separators. */
export interface ChartFile {
  name: string;
  data: Uint8Array;
}

/** Maintainer is one `maintainers` entry of Chart.yaml. */
export interface Maintainer {
  name: string;
  email: string;
  url: string;
}

/** Dependency is one `dependencies` entry of Chart.yaml (or requirements.yaml). */
export interface Dependency {
  name: string;
  version: string;
  repository: string;
  condition: string;
  tags: string[] | null;
  enabled: boolean;
  /** `import-values`: strings or `{child, parent}` maps, as written. */
  importValues: unknown[] | null;
  alias: string;
}

/** Metadata is Chart.yaml (helm/helm pkg/chart/v2/metadata.go `Metadata`). */
export interface Metadata {
  name: string;
  home: string;
  sources: string[] | null;
  version: string;
  description: string;
  keywords: string[] | null;
  maintainers: Maintainer[] | null;
  icon: string;
  apiVersion: string;
  condition: string;
  tags: string;
  appVersion: string;
  deprecated: boolean;
  annotations: Record<string, string> | null;
  kubeVersion: string;
  dependencies: Dependency[] | null;
  type: string;
}

/** Chart is a loaded chart (helm/helm pkg/chart/v2/chart.go `Chart`). */
export interface Chart {
  metadata: Metadata;
  /** Chart.lock / requirements.lock text, if present. */
  lock?: ChartFile;
  templates: ChartFile[];
  /** Default values (values.yaml), a `map[string]interface {}`. */
  values: GoMap;
  /** values.schema.json bytes, if present. */
  schema?: Uint8Array;
  /** Every other file (`.Files`), in load order. */
  files: ChartFile[];
  /** Raw Chart.yaml etc. (`Chart.Raw`), kept for completeness. */
  raw: ChartFile[];
  /** Subcharts in load order (after ProcessDependencies: the effective, enabled list). */
  dependencies: Chart[];
  parent?: Chart;
}
