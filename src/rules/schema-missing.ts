import { defineRule } from './define-rule.js';
import { schemaResult } from './schema-result.js';

/** schemaMissing reports custom resources whose schema is unknown (no CRD in the input or --crd). */
export const schemaMissing = defineRule<'missing'>({
  id: 'schema-missing',
  meta: {
    docs: { description: 'Report custom resources with no known schema (add their CRD to the input or pass --crd)' },
    defaultSeverity: 'warning',
    messages: {
      missing: 'No schema for {{apiVersion}} {{kind}}: add its CustomResourceDefinition to the input or pass --crd.',
    },
  },
  create(ctx) {
    return {
      resource(res) {
        if (!res.apiVersion || !res.kind) return;
        if (schemaResult(res, ctx.schemas, ctx.schemaVersion).lookup.status !== 'missing') return;
        ctx.report({ messageId: 'missing', path: ['kind'], data: { apiVersion: res.apiVersion, kind: res.kind } });
      },
    };
  },
});
