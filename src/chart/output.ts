import { goTrimSpace } from './go-strings.js';
import { splitManifests, type Hook, type Manifest } from './manifests.js';
import { pathMatch } from './path-match.js';
import { ChartError } from './errors.js';

/**
 * Printing `helm template` output (helm/helm v4.1.4 pkg/action/action.go `renderResources`,
 * pkg/cmd/template.go): CRDs (with --include-crds), sorted manifests, then hooks; `--show-only`
 * re-splits the text; `--output-dir` writes files instead (see output-dir.ts).
 */

/** CrdFile is one file of a chart's `crds/` directory, printed raw. */
export interface CrdFile {
  /** `<chart full path>/crds/<file>`. */
  filename: string;
  content: string;
}

/** PrintOptions are the printing flags of `helm template`. */
export interface PrintOptions {
  includeCrds?: boolean;
  noHooks?: boolean;
  skipTests?: boolean;
  showOnly?: string[];
}

/** isTestHook tells whether a hook runs on `test` (also legacy `test-success`). */
export function isTestHook(h: Hook): boolean {
  return h.events.includes('test');
}

/** manifestText is `rel.Manifest`: CRDs (if asked) then every manifest, as `---\n# Source: …` blocks. */
export function manifestText(crds: CrdFile[], manifests: Manifest[], includeCrds: boolean): string {
  let b = '';
  if (includeCrds) for (const crd of crds) b += `---\n# Source: ${crd.filename}\n${crd.content}\n`;
  for (const m of manifests) b += `---\n# Source: ${m.name}\n${m.content}\n`;
  return b;
}

/** printTemplate builds `helm template`'s stdout. It throws `could not find template` for an unmatched `--show-only`. */
export function printTemplate(crds: CrdFile[], manifests: Manifest[], hooks: Hook[], opts: PrintOptions): string {
  let out = `${goTrimSpace(manifestText(crds, manifests, !!opts.includeCrds))}\n`;
  if (!opts.noHooks) {
    for (const h of hooks) {
      if (opts.skipTests && isTestHook(h)) continue;
      out += `---\n# Source: ${h.name}\n${h.content}\n`;
    }
  }
  if (opts.showOnly && opts.showOnly.length > 0) return showOnly(out, opts.showOnly);
  return out;
}

const SOURCE = /# Source: [^/\n]+\/(.+)/;

/** showOnly is `--show-only`: pieces of the re-split output whose `# Source:` path matches each pattern, in pattern order. */
export function showOnly(out: string, patterns: string[]): string {
  const pieces = splitManifests(out);
  const selected: string[] = [];
  for (const raw of patterns) {
    const f = raw.replace(/\\/g, '/');
    let missing = true;
    for (const piece of pieces) {
      const sm = SOURCE.exec(piece);
      if (!sm) continue;
      let matched: boolean;
      try {
        matched = pathMatch(f, sm[1]);
      } catch {
        matched = false;
      }
      if (!matched) continue;
      selected.push(piece);
      missing = false;
    }
    if (missing) throw new ChartError(`could not find template ${f} in chart`, 'SHOW_ONLY');
  }
  return selected.map((m) => `---\n${m}\n`).join('');
}
