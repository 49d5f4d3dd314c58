import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['label-deprecated'];

/** labelDeprecated: warn about deprecated well-known labels (facts from schemas/deprecations.yaml). */
export const labelDeprecated = defineRule<MessageId>({
  id: 'label-deprecated',
  meta: {
    docs: { description: 'Warn about deprecated well-known labels' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['label-deprecated'],
    fixable: 'migration',
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'label-deprecated')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
