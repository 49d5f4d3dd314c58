import type { PathSegment } from '../common/path.js';

/** SchemaErrorCode names why a value does not match its schema. */
export type SchemaErrorCode =
  | 'type'
  | 'required'
  | 'enum'
  | 'format'
  | 'unknownField'
  | 'duplicateKey'
  | 'duplicateItem'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength'
  | 'minItems'
  | 'maxItems'
  | 'minProperties'
  | 'maxProperties'
  | 'multipleOf'
  | 'oneOf'
  | 'anyOf'
  | 'not'
  | 'cel';

/** SchemaError is one schema violation at `path`; `soft` marks what the API server only warns about. */
export interface SchemaError {
  code: SchemaErrorCode;
  path: PathSegment[];
  target: 'key' | 'value';
  params: Record<string, string | number>;
  soft?: boolean;
}
