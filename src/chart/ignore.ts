import { pathMatch, validatePattern } from './path-match.js';
import { ChartLoadError } from './errors.js';

interface IgnorePattern {
  raw: string;
  rule: string;
  negate: boolean;
  mustDir: boolean;
  kind: 'anchored' | 'structural' | 'basename';
}

/**
 * IgnoreRules are `.helmignore` rules (helm/helm pkg/ignore/rules.go). Rules are evaluated in
 * order; the first match ignores. Quirk kept from Helm: a negated rule ignores every path it
 * does *not* match.
 */
export class IgnoreRules {
  private readonly patterns: IgnorePattern[] = [];

  /** parse builds rules from `.helmignore` text (Go bufio.Scanner lines). */
  static parse(text: string): IgnoreRules {
    const r = new IgnoreRules();
    for (const line of text.split('\n')) r.addRule(line.replace(/\r$/, ''));
    return r;
  }

  /** addDefaults appends Helm's default rule: ignore dotfiles in `templates/`. */
  addDefaults(): this {
    this.addRule('templates/.?*');
    return this;
  }

  addRule(line: string): void {
    let rule = line.trim();
    if (rule === '' || rule.startsWith('#')) return;
    if (rule.includes('**')) throw new ChartLoadError('double-star (**) syntax is not supported');
    try {
      validatePattern(rule);
    } catch {
      throw new ChartLoadError('syntax error in pattern');
    }
    const p: IgnorePattern = { raw: rule, rule, negate: false, mustDir: false, kind: 'basename' };
    if (rule.startsWith('!')) {
      p.negate = true;
      rule = rule.slice(1);
    }
    if (rule.endsWith('/')) {
      p.mustDir = true;
      rule = rule.slice(0, -1);
    }
    if (rule.startsWith('/')) {
      p.kind = 'anchored';
      rule = rule.slice(1);
    } else if (rule.includes('/')) p.kind = 'structural';
    p.rule = rule;
    this.patterns.push(p);
  }

  /** ignore reports whether the chart-relative path (a directory when `isDir`) is ignored. */
  ignore(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const p of this.patterns) {
      if (p.negate) {
        if (p.mustDir && !isDir) return true;
        if (!matches(p, path)) return true;
        continue;
      }
      if (p.mustDir && !isDir) continue;
      if (matches(p, path)) return true;
    }
    return false;
  }
}

function matches(p: IgnorePattern, path: string): boolean {
  const target = p.kind === 'basename' ? basename(path) : path;
  try {
    return pathMatch(p.rule, target);
  } catch {
    return false;
  }
}

function basename(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  const i = t.lastIndexOf('/');
  return i < 0 ? t : t.slice(i + 1);
}
