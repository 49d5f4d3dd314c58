import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['volume-plugin-removed'];

/** volumePluginRemoved: disallow in-tree volume plugins removed in the target version (warn while deprecated) (facts from schemas/deprecations.yaml). */
export const volumePluginRemoved = defineRule<MessageId>({
  id: 'volume-plugin-removed',
  meta: {
    docs: { description: 'Disallow in-tree volume plugins removed in the target version (warn while deprecated)' },
    defaultSeverity: 'error',
    messages: deprecationMessages['volume-plugin-removed'],
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'volume-plugin-removed')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
