import type { Rule } from './define-rule.js';
import { objectInvalid } from './object-invalid.js';
import { schemaInvalid } from './schema-invalid.js';
import { schemaMissing } from './schema-missing.js';
import { schemaUnknownField } from './schema-unknown-field.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlSyntax } from './yaml-syntax.js';

/** validationRules are the rules of `k8slint validate`, in reporting order. */
export const validationRules: readonly Rule[] = [
  yamlSyntax,
  yamlDuplicateKey,
  schemaInvalid,
  schemaUnknownField,
  schemaMissing,
  objectInvalid,
] as Rule[];
