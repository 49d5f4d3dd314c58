import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['field-deprecated'];

/** fieldDeprecated: warn about deprecated fields and values (error once removed) (facts from schemas/deprecations.yaml). */
export const fieldDeprecated = defineRule<MessageId>({
  id: 'field-deprecated',
  meta: {
    docs: { description: 'Warn about deprecated fields and values (error once removed)' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['field-deprecated'],
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'field-deprecated')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
