import { describe, expect, test } from 'vitest';
import { placeholders } from '../../src/common/messages.js';
import { catalogs, resolveLocale, translate } from '../../src/common/i18n.js';
import { deprecationMessages } from '../../src/rules/deprecation-messages.js';
import { migrationMessages } from '../../src/rules/migrate/migration-messages.js';
import { validationRules } from '../../src/rules/builtin-rules.js';
import { suppressionMessages } from '../../src/findings/suppressions.js';
import { NOTICES } from '../../src/findings/validate-manifests.js';
import { cliMessages } from '../../src/cli/cli-messages.js';

/** englishCatalog gathers every English message k8slint can print, keyed as the catalogs are. */
function englishCatalog(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rule, msgs] of Object.entries(deprecationMessages)) for (const [id, t] of Object.entries(msgs)) out[`${rule}.${id}`] = t;
  for (const [id, t] of Object.entries(migrationMessages)) out[`fix.${id}`] = t;
  for (const r of validationRules) for (const [id, t] of Object.entries(r.meta.messages as Record<string, string>)) out[`${r.id}.${id}`] = t;
  for (const [id, t] of Object.entries(suppressionMessages)) out[`unused-disable.${id}`] = t;
  for (const [id, t] of Object.entries(NOTICES)) out[`schema-missing.${id}`] = t;
  for (const [id, t] of Object.entries(cliMessages)) out[`cli.${id}`] = t;
  return out;
}

describe('message catalogs', () => {
  const en = englishCatalog();
  for (const [locale, catalog] of Object.entries(catalogs)) {
    test(`${locale} translates every message with the same placeholders`, () => {
      const missing = Object.keys(en).filter((k) => !(k in catalog));
      expect(missing, `untranslated in ${locale}`).toEqual([]);
      for (const [k, t] of Object.entries(catalog)) {
        expect(en[k], `${locale} has a stale key ${k}`).toBeDefined();
        expect(placeholders(t).sort(), k).toEqual(placeholders(en[k]).sort());
      }
    });
  }

  test('locale detection', () => {
    expect(resolveLocale(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLocale(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLocale('zh-CN', { LANG: 'C' })).toBe('zh-CN');
    expect(resolveLocale(undefined, {})).toBe('en');
  });

  test('translate fills placeholders and falls back to English', () => {
    expect(translate('zh-CN', 'label-deprecated.labelDeprecated', 'x', { label: 'a', deprecatedIn: '1.17', replacement: 'b' })).toBe(
      '标签 a 自 Kubernetes 1.17 起已弃用；请改用 b。',
    );
    expect(translate('zh-CN', 'no-such.key', 'plain {{x}}', { x: 1 })).toBe('plain 1');
  });
});
