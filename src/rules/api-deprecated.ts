import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['api-deprecated'];

/** apiDeprecated: warn about apiversions deprecated in the target kubernetes version (facts from schemas/deprecations.yaml). */
export const apiDeprecated = defineRule<MessageId>({
  id: 'api-deprecated',
  meta: {
    docs: { description: 'Warn about apiVersions deprecated in the target Kubernetes version' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['api-deprecated'],
    fixable: 'migration',
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'api-deprecated')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
