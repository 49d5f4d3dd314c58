import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['api-alpha'];

/** apiAlpha: warn about alpha apiversions, which clusters do not serve by default (facts from schemas/deprecations.yaml). */
export const apiAlpha = defineRule<MessageId>({
  id: 'api-alpha',
  meta: {
    docs: { description: 'Warn about alpha apiVersions, which clusters do not serve by default' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['api-alpha'],
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'api-alpha')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
