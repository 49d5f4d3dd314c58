/**
 * CompactSchema is one node of k8slint's schema bundle (written by scripts/build-schemas.mjs)
 * or of a CRD schema converted at run time. Short keys keep the bundle small.
 */
export interface CompactSchema {
  /** $ refers to a definition by name (built-in definitions of the same Kubernetes version). */
  $?: string;
  t?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  f?: string;
  e?: unknown[];
  p?: Record<string, CompactSchema>;
  r?: string[];
  i?: CompactSchema;
  a?: CompactSchema | boolean;
  /** dp is the "Deprecated" note of the field's description. */
  dp?: string;
  lt?: string;
  lk?: string[];
  pu?: 1;
  er?: 1;
  ios?: 1;
  /** n is OpenAPI v3 `nullable` (CRD schemas). */
  n?: 1;
  v?: CelRule[];
  pt?: string;
  mn?: number;
  mx?: number;
  xmn?: 1;
  xmx?: 1;
  mnl?: number;
  mxl?: number;
  mni?: number;
  mxi?: number;
  mnp?: number;
  mxp?: number;
  mo?: number;
  ui?: 1;
  all?: CompactSchema[];
  any?: CompactSchema[];
  one?: CompactSchema[];
  not?: CompactSchema;
}

/** CelRule is one `x-kubernetes-validations` entry. */
export interface CelRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
  optionalOldSelf?: boolean;
}
