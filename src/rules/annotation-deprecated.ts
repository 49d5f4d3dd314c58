import { defineRule } from './define-rule.js';
import { deprecationHits, hitReport } from './deprecation-hits.js';
import { deprecationMessages } from './deprecation-messages.js';

type MessageId = keyof (typeof deprecationMessages)['annotation-deprecated'];

/** annotationDeprecated: warn about deprecated annotations (error once they stop having effect) (facts from schemas/deprecations.yaml). */
export const annotationDeprecated = defineRule<MessageId>({
  id: 'annotation-deprecated',
  meta: {
    docs: { description: 'Warn about deprecated annotations (error once they stop having effect)' },
    defaultSeverity: 'warning',
    messages: deprecationMessages['annotation-deprecated'],
    fixable: 'migration',
  },
  create(ctx) {
    return {
      resource(res) {
        for (const h of deprecationHits(res, ctx.kubeVersion, 'annotation-deprecated')) ctx.report(hitReport<MessageId>(h));
      },
    };
  },
});
