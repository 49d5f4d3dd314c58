import { createRequire } from 'node:module';
import { sortFindings, type Formatter } from './formatter-context.js';

type HandlebarsModule = typeof import('handlebars');

/**
 * templateFormatter compiles a user's Handlebars report template. The template sees
 * `findings` (sorted), `summary`, `rules`, `toolVersion` and `elapsedMs`, and the helpers
 * `json` (JSON of a value) and `eq` (equality). Handlebars is loaded only when used.
 */
export function templateFormatter(source: string): Formatter {
  const require = createRequire(import.meta.url);
  const hb = (require('handlebars') as HandlebarsModule).create();
  hb.registerHelper('json', (v: unknown) => new hb.SafeString(JSON.stringify(v)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const template = hb.compile(source, { strict: false, noEscape: false });
  return (report, ctx) =>
    template({
      findings: sortFindings(report.findings),
      summary: report.summary,
      rules: ctx.rules,
      toolVersion: ctx.toolVersion,
      elapsedMs: ctx.elapsedMs,
    });
}
