import { interpolate, type MessageData } from './messages.js';
import { zhCN } from './locales/zh-CN.js';

/** Locale is a message language k8slint ships. Rule ids and message ids stay English. */
export type Locale = 'en' | 'zh-CN';

/** locales lists the shipped locales. */
export const locales: readonly Locale[] = ['en', 'zh-CN'];

/** catalogs maps a locale to its translations, keyed `<namespace>.<messageId>` (e.g. `api-removed.removed`). */
export const catalogs: Record<Exclude<Locale, 'en'>, Record<string, string>> = { 'zh-CN': zhCN };

/**
 * resolveLocale picks the locale from an explicit `--locale` value, else from the
 * environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them): any `zh` locale
 * (`zh_CN.UTF-8`, `zh-Hans`) selects zh-CN; everything else is English.
 */
export function resolveLocale(explicit: string | undefined, env: Record<string, string | undefined>): Locale {
  const raw = explicit ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh([-_]|$)/i.test(raw) ? 'zh-CN' : 'en';
}

/** isLocale tells whether a `--locale` value names a shipped locale. */
export function isLocale(v: string): v is Locale {
  return (locales as readonly string[]).includes(v);
}

/** translate renders message `key` in `locale`, falling back to the English template. */
export function translate(locale: Locale, key: string, english: string, data?: MessageData): string {
  const template = locale === 'en' ? english : (catalogs[locale][key] ?? english);
  return interpolate(template, data);
}
