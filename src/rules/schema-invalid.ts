import { defineRule } from './define-rule.js';
import { findApiRow, minorOf } from './deprecation-table.js';
import { schemaResult } from './schema-result.js';

/** servedPerTable tells whether the deprecation table knows the API as served at the exact target version. */
function servedPerTable(apiVersion: string, kind: string, kubeVersion: string): boolean {
  const row = findApiRow(apiVersion, kind);
  if (!row) return false;
  const v = minorOf(kubeVersion);
  return (!row.introducedIn || v >= minorOf(row.introducedIn)) && (!row.removedIn || v < minorOf(row.removedIn));
}

type MessageId =
  | 'type' | 'required' | 'enum' | 'format' | 'pattern' | 'minimum' | 'maximum' | 'minLength' | 'maxLength'
  | 'minItems' | 'maxItems' | 'minProperties' | 'maxProperties' | 'multipleOf' | 'oneOf' | 'anyOf' | 'not'
  | 'cel' | 'duplicateKey' | 'duplicateItem' | 'missingApiVersion' | 'missingKind' | 'notServed' | 'unknownKind';

/**
 * schemaInvalid reports values that do not match the Kubernetes (or CRD) schema: types,
 * required fields, enums, formats, list-map keys, CEL rules; and built-in APIs that the target
 * version does not serve.
 */
export const schemaInvalid = defineRule<MessageId>({
  id: 'schema-invalid',
  meta: {
    docs: { description: 'Validate resources against the schema of the target Kubernetes version or of their CRD' },
    defaultSeverity: 'error',
    messages: {
      type: 'Invalid type: expected {{expected}}, got {{actual}} {{value}}.',
      required: 'Missing required field "{{field}}".',
      enum: 'Unsupported value {{value}}; supported values: {{allowed}}.',
      format: 'Invalid value {{value}}: not a valid {{format}}.',
      pattern: 'Invalid value {{value}}: must match the pattern "{{pattern}}".',
      minimum: 'Invalid value {{value}}: must be greater than or equal to {{limit}}.',
      maximum: 'Invalid value {{value}}: must be less than or equal to {{limit}}.',
      minLength: 'Invalid value {{value}}: must have at least {{limit}} characters.',
      maxLength: 'Invalid value {{value}}: may not have more than {{limit}} characters.',
      minItems: 'Must have at least {{limit}} items.',
      maxItems: 'Must have at most {{limit}} items.',
      minProperties: 'Must have at least {{limit}} properties.',
      maxProperties: 'Must have at most {{limit}} properties.',
      multipleOf: 'Invalid value {{value}}: must be a multiple of {{limit}}.',
      oneOf: 'Must match exactly one of the allowed schemas (matches {{count}}).',
      anyOf: 'Must match at least one of the allowed schemas.',
      not: 'Must not match the forbidden schema.',
      cel: '{{message}}',
      duplicateKey: 'Duplicate entry with {{key}}: entries of this list are keyed and must be unique.',
      duplicateItem: 'Duplicate value {{value}}: items of this list must be unique.',
      missingApiVersion: 'Missing "apiVersion": every Kubernetes object needs one.',
      missingKind: 'Missing "kind": every Kubernetes object needs one.',
      notServed: '{{apiVersion}} {{kind}} is not served by Kubernetes {{kubeVersion}} (served in {{servedIn}}).',
      unknownKind: '{{apiVersion}} {{kind}} is not a built-in API of Kubernetes {{kubeVersion}}.',
    },
  },
  create(ctx) {
    return {
      resource(res) {
        if (!res.apiVersion) return ctx.report({ messageId: 'missingApiVersion', path: ['apiVersion'] });
        if (!res.kind) return ctx.report({ messageId: 'missingKind', path: ['kind'] });
        const { lookup, errors } = schemaResult(res, ctx.schemas, ctx.schemaVersion);
        if (lookup.status === 'notServed') {
          // Served at the target (an unbundled version, e.g. batch/v1beta1 CronJob at 1.22) but no schema is bundled for it.
          if (servedPerTable(res.apiVersion, res.kind, ctx.kubeVersion)) return;
          const row = findApiRow(res.apiVersion, res.kind);
          if (row?.removedIn) {
            ctx.report({
              messageId: 'notServed',
              path: ['apiVersion'],
              data: { apiVersion: res.apiVersion, kind: res.kind, kubeVersion: ctx.kubeVersion, servedIn: `Kubernetes before ${row.removedIn}` },
            });
          } else if (lookup.servedIn.length === 0) {
            ctx.report({ messageId: 'unknownKind', path: ['kind'], data: { apiVersion: res.apiVersion, kind: res.kind, kubeVersion: ctx.kubeVersion } });
          } else {
            ctx.report({
              messageId: 'notServed',
              path: ['apiVersion'],
              data: { apiVersion: res.apiVersion, kind: res.kind, kubeVersion: ctx.kubeVersion, servedIn: lookup.servedIn.join(', ') },
            });
          }
          return;
        }
        for (const e of errors) {
          if (e.code === 'unknownField') continue;
          ctx.report({ messageId: e.code, data: e.params, path: e.path, target: e.target, severity: e.soft ? 'warning' : undefined });
        }
      },
    };
  },
});
