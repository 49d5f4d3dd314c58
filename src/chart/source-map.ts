/**
 * Source maps from rendered output back to template lines. Go's executor does not record
 * where output came from, so lines are aligned by their literal text: each template line is
 * reduced to the literal fragments outside `{{ }}` actions, and each rendered line is matched
 * to the nearest template line (searching forward first, then back for `range` loops) whose
 * fragments it contains in order. Lines produced entirely by actions (`toYaml`, `include`,
 * `tpl`) map to the action line that produced them.
 */

/** LineOrigin is where a rendered line came from: a template name and a 1-based line. */
export interface LineOrigin {
  template: string;
  line: number;
}

interface TemplateLine {
  fragments: string[];
  hasAction: boolean;
  literalOnly: string | undefined;
}

const FORWARD = 400;
const BACKWARD = 200;

/** templateLines splits a template into per-line literal fragments (actions and comments removed). */
function templateLines(text: string): TemplateLine[] {
  const stripped = text.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, '\uE000'));
  return stripped.split('\n').map((l) => {
    const hasAction = l.includes('\uE000');
    const fragments = l
      .split(/\uE000+/)
      .map((f) => f.trim())
      .filter((f) => f !== '');
    return { fragments, hasAction, literalOnly: hasAction ? undefined : l.trimEnd() };
  });
}

function matches(t: TemplateLine, line: string): boolean {
  if (!t.hasAction) return t.literalOnly === line.trimEnd() && line.trim() !== '';
  if (t.fragments.length === 0) return false;
  let from = 0;
  for (const f of t.fragments) {
    const i = line.indexOf(f, from);
    if (i < 0) return false;
    from = i + f.length;
  }
  return true;
}

const CONTROL = /^\{\{-?\s*(end|else|if|range|with|define|block|template|\/\*|\$[\w]*\s*:?=)/;

/** isPureOutputAction tells whether template line `i` holds only actions, at least one of which prints. */
function isPureOutputAction(text: string, i: number): boolean {
  const line = text.split('\n')[i] ?? '';
  const actions = line.match(/\{\{[\s\S]*?\}\}/g) ?? [];
  return actions.some((a) => !CONTROL.test(a));
}

/** mapRenderedLines returns, for each line of a rendered file, the template line (1-based) that produced it. */
export function mapRenderedLines(templateText: string, rendered: string): number[] {
  const tl = templateLines(templateText);
  const out: number[] = [];
  let cursor = 0;
  let lastAction = tl.findIndex((t) => t.hasAction);
  for (const line of rendered.split('\n')) {
    let found = -1;
    if (line.trim() !== '') {
      for (let i = cursor; i < Math.min(tl.length, cursor + FORWARD); i++) {
        if (matches(tl[i], line)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        for (let i = cursor - 1; i >= Math.max(0, cursor - BACKWARD); i--) {
          if (matches(tl[i], line)) {
            found = i;
            break;
          }
        }
      }
    }
    if (found >= 0) {
      out.push(found + 1);
      if (tl[found].hasAction) lastAction = found;
      cursor = found + 1;
    } else {
      // Output no literal explains: the next pure action line ahead (`{{ toYaml ... }}`), else the last action seen.
      let a = -1;
      for (let i = cursor; i < Math.min(tl.length, cursor + 20); i++) {
        if (tl[i].hasAction && tl[i].fragments.length === 0) {
          if (isPureOutputAction(templateText, i)) {
            a = i;
            break;
          }
        }
        if (!tl[i].hasAction && tl[i].literalOnly !== '') break;
      }
      if (a >= 0) {
        lastAction = a;
        cursor = a;
      } else a = lastAction >= 0 ? lastAction : Math.min(cursor, Math.max(tl.length - 1, 0));
      out.push(a + 1);
    }
  }
  return out;
}

/** SourceMap maps lines of a rendered file, or of one of its documents, to template lines. */
export class SourceMap {
  private readonly lines: number[];
  constructor(
    readonly template: string,
    templateText: string,
    readonly rendered: string,
  ) {
    this.lines = mapRenderedLines(templateText, rendered);
  }

  /** origin returns the template line of 1-based line `n` of the rendered file. */
  origin(n: number): LineOrigin {
    return { template: this.template, line: this.lines[Math.min(Math.max(n - 1, 0), this.lines.length - 1)] ?? 1 };
  }

  /**
   * documentOffsets locates each (trimmed) document of the file in the rendered text, in order,
   * returning the 1-based rendered line where each starts.
   */
  documentStarts(docs: string[]): number[] {
    const starts: number[] = [];
    let from = 0;
    for (const d of docs) {
      const head = d.slice(0, Math.min(d.length, 200));
      let i = this.rendered.indexOf(head, from);
      if (i < 0) i = from;
      starts.push(this.rendered.slice(0, i).split('\n').length);
      from = i + Math.max(d.length, 1);
    }
    return starts;
  }
}
