import { defineRule } from './define-rule.js';

/** yamlDuplicateKey reports a key given twice in one mapping (the API server rejects it). */
export const yamlDuplicateKey = defineRule<'duplicateKey'>({
  id: 'yaml-duplicate-key',
  meta: {
    docs: { description: 'Disallow duplicate keys in a YAML mapping; the API server rejects them in strict field validation' },
    defaultSeverity: 'error',
    messages: { duplicateKey: 'Duplicate key "{{key}}": a mapping must not repeat a key.' },
  },
  create(ctx) {
    return {
      document(doc) {
        for (const p of doc.problems) {
          if (p.code === 'duplicateKey') ctx.report({ messageId: 'duplicateKey', data: { key: p.detail }, range: p.range });
        }
      },
    };
  },
});
