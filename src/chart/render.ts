import { TemplateSet, removeNoValue, formatHelmError, isTemplateError } from '../template/index.js';
import type { FunctionRegistry } from '../template/registry.js';
import { ChartError } from './errors.js';
import { templateObject, type Renderable } from './render-values.js';

/**
 * Helm's template-engine quirks, together in one place (helm/helm v4.1.4 pkg/engine/engine.go,
 * v3.17.3 identical unless noted). Reproduced, never "fixed".
 */

/**
 * sortTemplates — engine.go `sortTemplates`/`byPathLen`: templates sorted by number of `/`
 * descending, then by path descending (byte-wise). This is both the parse order (a later
 * parse wins a `define` conflict, so the shallowest, then lexicographically smallest file
 * wins) and the execution order (deep subchart files first; side effects on shared values
 * are visible to files executed later).
 */
export function sortTemplates(names: string[]): string[] {
  const slashes = (s: string) => s.split('/').length - 1;
  return [...names].sort((a, b) => {
    const ca = slashes(a);
    const cb = slashes(b);
    if (ca !== cb) return cb - ca;
    return a === b ? 0 : Buffer.compare(Buffer.from(b), Buffer.from(a));
  });
}

/** isPartial — engine.go `render`: files whose base name starts with `_` are parsed but never executed. */
export function isPartial(name: string): boolean {
  return name.slice(name.lastIndexOf('/') + 1).startsWith('_');
}

/** NOTES_SUFFIX — action.go: any rendered file ending in `NOTES.txt` is notes, not a manifest. */
export const NOTES_SUFFIX = 'NOTES.txt';

/** RenderedFiles maps template names to their output (after `<no value>` removal). */
export type RenderedFiles = Map<string, string>;

/**
 * renderTemplates — engine.go `render`: parse every file into one set (`gotpl`, missingkey=zero),
 * then execute every non-partial file in the same order with `.Template` set on the chart's
 * shared root, removing `<no value>` from each output. Parse errors abort before any
 * execution; template errors become ChartError with Helm's text and the `--debug` hint.
 */
export function renderTemplates(tpls: Map<string, Renderable>, funcs: FunctionRegistry, helmVersion: 3 | 4): RenderedFiles {
  const set = new TemplateSet({ funcs, helmVersion, name: 'gotpl' });
  const keys = sortTemplates([...tpls.keys()]);
  try {
    for (const k of keys) set.parse(k, (tpls.get(k) as Renderable).text);
    const rendered: RenderedFiles = new Map();
    for (const k of keys) {
      if (isPartial(k)) continue;
      const r = tpls.get(k) as Renderable;
      // engine.go: vals["Template"] = Values{"Name": filename, "BasePath": ...} — a new map per file on the shared root.
      r.vals.entries.set('Template', templateObject(k, r.basePath, helmVersion));
      // engine.go: strings.ReplaceAll(buf.String(), "<no value>", "")
      rendered.set(k, removeNoValue(set.execute(k, r.vals)));
    }
    return rendered;
  } catch (e) {
    if (isTemplateError(e)) throw new ChartError(formatHelmError(e, helmVersion), 'RENDER', true);
    if (e instanceof RangeError) throw new ChartError(`rendering template failed: runtime error: ${e.message}`, 'RENDER', true);
    throw e;
  }
}

/**
 * extractNotes — action.go `renderResources`: every `*NOTES.txt` output is removed from the
 * files; only the root chart's `templates/NOTES.txt` becomes the notes (no subchart notes).
 */
export function extractNotes(files: RenderedFiles, rootName: string): string {
  let notes = '';
  for (const k of [...files.keys()]) {
    if (!k.endsWith(NOTES_SUFFIX)) continue;
    if (k === `${rootName}/templates/${NOTES_SUFFIX}`) notes = files.get(k) as string;
    files.delete(k);
  }
  return notes;
}
