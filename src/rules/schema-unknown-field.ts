import { defineRule } from './define-rule.js';
import { schemaResult } from './schema-result.js';

/** schemaUnknownField reports fields the schema does not declare (the API server's strict field validation). */
export const schemaUnknownField = defineRule<'unknownField'>({
  id: 'schema-unknown-field',
  meta: {
    docs: { description: 'Disallow fields that the schema does not declare, as strict field validation does' },
    defaultSeverity: 'error',
    messages: { unknownField: 'Unknown field "{{field}}": it is not part of the schema of this object.' },
  },
  create(ctx) {
    return {
      resource(res) {
        if (!res.apiVersion || !res.kind) return;
        for (const e of schemaResult(res, ctx.schemas, ctx.schemaVersion).errors) {
          if (e.code === 'unknownField') ctx.report({ messageId: 'unknownField', data: e.params, path: e.path, target: 'key' });
        }
      },
    };
  },
});
