import type { Finding } from '../common/finding.js';
import { translate, type Locale } from '../common/i18n.js';

/** suppressionMessages are the texts of the `unused-disable` rule. */
export const suppressionMessages = {
  unused: 'Unused k8slint-disable-next-line directive (no problem from {{rules}} on the next line).',
};

/** IGNORE_ANNOTATION suppresses rules for one resource: `k8slint.io/ignore: rule-a,rule-b` (or `all`). */
export const IGNORE_ANNOTATION = 'k8slint.io/ignore';

/** Directive is a `k8slint-disable-next-line` comment found in a source file. */
export interface Directive {
  file: string;
  /** 1-based line of the comment; it applies to `line + 1`. */
  line: number;
  column: number;
  rules: string[] | 'all';
  used: Set<string>;
}

// `# k8slint-disable-next-line a, b` in YAML; `{{/* k8slint-disable-next-line a */}}` (with or
// without trim markers) in templates, which renders to nothing and so never leaks into output.
const DIRECTIVE = /(?:#|\{\{-?\s*\/\*)\s*k8slint-disable-next-line\b([^\n*#]*?)(?:\*\/\s*-?\}\}|$)/gm;

/** findDirectives scans a file's text for suppression comments. */
export function findDirectives(file: string, text: string): Directive[] {
  const out: Directive[] = [];
  let lineStart = 0;
  let line = 1;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    while (true) {
      const nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= at) break;
      lineStart = nl + 1;
      line++;
    }
    const list = m[1].split(/[\s,]+/).filter(Boolean);
    out.push({ file, line, column: at - lineStart + 1, rules: list.length ? list : 'all', used: new Set() });
  }
  return out;
}

/** ignoredByAnnotation returns the rule ids a resource's k8slint.io/ignore annotation lists. */
export function ignoredByAnnotation(object: unknown): Set<string> | 'all' | undefined {
  const ann = (object as { metadata?: { annotations?: Record<string, unknown> } } | null)?.metadata?.annotations;
  const v = ann && typeof ann === 'object' ? ann[IGNORE_ANNOTATION] : undefined;
  if (typeof v !== 'string') return undefined;
  const ids = v.split(/[\s,]+/).filter(Boolean);
  return ids.includes('all') ? 'all' : new Set(ids);
}

/** SuppressionInput is a finding with the object it is about (for the annotation form). */
export interface SuppressionInput {
  finding: Finding;
  object?: unknown;
}

/**
 * applySuppressions drops findings silenced by an annotation or a disable comment on the line
 * before the finding's (template or YAML) line. With `reportUnused`, directives that silenced
 * nothing become `unused-disable` warnings.
 */
export function applySuppressions(
  items: SuppressionInput[],
  readSource: (file: string) => string | undefined,
  options: { reportUnused?: boolean; locale?: Locale; /** every source file checked, so unused directives anywhere are found */ files?: string[] } = {},
): Finding[] {
  const directives = new Map<string, Directive[]>();
  const forFile = (file: string): Directive[] => {
    let d = directives.get(file);
    if (!d) {
      const text = readSource(file);
      d = text === undefined ? [] : findDirectives(file, text);
      directives.set(file, d);
    }
    return d;
  };
  const kept: Finding[] = [];
  for (const { finding: f, object } of items) {
    const ann = ignoredByAnnotation(object);
    if (ann === 'all' || ann?.has(f.ruleId)) continue;
    const d = forFile(f.file).find((x) => x.line === f.line - 1 && (x.rules === 'all' || x.rules.includes(f.ruleId)));
    if (d) {
      d.used.add(f.ruleId);
      continue;
    }
    kept.push(f);
  }
  if (options.reportUnused) {
    for (const file of options.files ?? []) forFile(file);
    for (const list of directives.values())
      for (const d of list) {
        const unused = d.rules === 'all' ? (d.used.size ? [] : ['all']) : d.rules.filter((r) => !d.used.has(r));
        if (!unused.length) continue;
        kept.push({
          ruleId: 'unused-disable',
          severity: 'warning',
          messageId: 'unused',
          message: translate(options.locale ?? 'en', 'unused-disable.unused', suppressionMessages.unused, { rules: unused.join(', ') }),
          file: d.file,
          line: d.line,
          column: d.column,
          resource: {},
          path: '',
          kubeVersion: '',
        });
      }
  }
  return kept;
}
