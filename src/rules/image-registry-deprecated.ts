import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['image-registry-deprecated'];

/** imageRegistryDeprecated: warn about images from frozen registries such as k8s.gcr.io (facts from schemas/deprecations.yaml). */
export const imageRegistryDeprecated = defineRule<MessageId>({
  id: 'image-registry-deprecated',
  meta: {
    docs: { description: 'Warn about images from frozen registries such as k8s.gcr.io' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['image-registry-deprecated'],
    fixable: 'migration',
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'image-registry-deprecated')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
