import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['api-removed'];

/** apiRemoved: disallow apiversions removed in the target kubernetes version (facts from schemas/deprecations.yaml). */
export const apiRemoved = defineRule<MessageId>({
  id: 'api-removed',
  meta: {
    docs: { description: 'Disallow apiVersions the target Kubernetes version does not serve: removed ones, and ones not yet introduced' },
    defaultSeverity: 'error',
    messages: deprecationMessages['api-removed'],
    fixable: 'migration',
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'api-removed')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
