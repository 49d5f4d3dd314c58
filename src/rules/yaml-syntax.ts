import { defineRule } from './define-rule.js';

type MessageId = 'syntax' | 'syntaxTabs' | 'syntaxGluedSeparator' | 'syntaxIndentation';

const BY_HINT = { tabs: 'syntaxTabs', gluedSeparator: 'syntaxGluedSeparator', indentation: 'syntaxIndentation', none: 'syntax' } as const;

/** yamlSyntax reports YAML that cannot be parsed, with a hint for the usual causes. */
export const yamlSyntax = defineRule<MessageId>({
  id: 'yaml-syntax',
  meta: {
    docs: { description: 'Report YAML syntax errors, with a hint for the usual causes' },
    defaultSeverity: 'error',
    messages: {
      syntax: 'YAML syntax error: {{detail}}',
      syntaxTabs: 'YAML syntax error: {{detail}}. Hint: a tab is used for indentation; YAML allows only spaces.',
      syntaxGluedSeparator:
        'YAML syntax error: {{detail}}. Hint: a "---" document separator is glued to a value; it must stand on its own line (check the "-" trim markers of template actions).',
      syntaxIndentation: 'YAML syntax error: {{detail}}. Hint: check the indentation of this line and the one before it.',
    },
  },
  create(ctx) {
    return {
      document(doc) {
        for (const p of doc.problems) {
          if (p.code !== 'syntax') continue;
          ctx.report({ messageId: BY_HINT[p.hint], data: { detail: p.detail.replace(/\.$/, '') }, range: p.range });
        }
      },
    };
  },
});
