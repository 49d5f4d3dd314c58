import type { Finding } from '../common/finding.js';
import { translate, type Locale } from '../common/i18n.js';
import { placeholders } from '../common/messages.js';
import { validationRules } from '../rules/builtin-rules.js';
import { deprecationRules } from '../rules/deprecation-rules.js';
import { suppressionMessages } from './suppressions.js';
import { NOTICES } from './validate-manifests.js';

let templates: Map<string, string> | undefined;
const patterns = new Map<string, RegExp>();

/** englishTemplates maps `<ruleId>.<messageId>` to the English message template of every rule. */
export function englishTemplates(): Map<string, string> {
  if (!templates) {
    templates = new Map();
    for (const r of [...validationRules, ...deprecationRules])
      for (const [id, t] of Object.entries(r.meta.messages as Record<string, string>)) templates.set(`${r.id}.${id}`, t);
    for (const [id, t] of Object.entries(NOTICES)) templates.set(`schema-missing.${id}`, t);
    for (const [id, t] of Object.entries(suppressionMessages)) templates.set(`unused-disable.${id}`, t);
  }
  return templates;
}

function patternFor(template: string): RegExp {
  let re = patterns.get(template);
  if (!re) {
    const parts = template.split(/\{\{\s*[A-Za-z0-9_]+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // messages are trimmed: an empty placeholder at the end takes the space before it along
    if (parts.length > 1 && parts[parts.length - 1] === '') parts[parts.length - 2] = parts[parts.length - 2].replace(/\s+$/, '\\s*');
    re = new RegExp(`^${parts.join('([\\s\\S]*?)')}$`);
    patterns.set(template, re);
  }
  return re;
}

/**
 * translateFinding renders a finding's message in `locale`. The data is recovered by matching
 * the English message against its template (findings keep only the rendered text), so a
 * message whose template is unknown stays English.
 */
export function translateFinding(locale: Locale, f: Finding): string {
  if (locale === 'en' || !f.messageId) return f.message;
  const key = `${f.ruleId}.${f.messageId}`;
  const english = englishTemplates().get(key);
  if (!english) return f.message;
  const m = patternFor(english).exec(f.message) ?? patternFor(english.trimEnd()).exec(f.message.trimEnd());
  if (!m) return f.message;
  const names = placeholders(english);
  const data: Record<string, string> = {};
  names.forEach((n, i) => (data[n] = m[i + 1]));
  return translate(locale, key, english, data);
}
