import type { RenderChartResult } from './render-chart.js';
import { SourceMap } from './source-map.js';
import { fileText } from './loader.js';
import type { Chart } from './types.js';

/** OutputPosition is a 1-based line/column in a named file. */
export interface OutputPosition {
  file: string;
  line: number;
  column: number;
}

function templateTexts(c: Chart, prefix: string, out: Map<string, string>): void {
  for (const t of c.templates) out.set(`${prefix}/${t.name}`, fileText(t));
  for (const d of c.dependencies) templateTexts(d, `${prefix}/charts/${d.metadata.name}`, out);
}

/**
 * outputLineOrigins maps positions in `helm template` output back to chart files: lines of a
 * templated document go to the template line that produced them (see source-map.ts), CRD
 * lines to the CRD file, anything else (`---`, `# Source:`) to the document's first line.
 * File names are chart-relative paths such as `mychart/templates/ingress.yaml`.
 */
export function outputLineOrigins(result: RenderChartResult, output: string): (pos: OutputPosition) => OutputPosition {
  const lines = output.split('\n');
  const texts = new Map<string, string>();
  templateTexts(result.chart, result.chart.metadata.name, texts);
  const crds = new Set(result.crds.map((c) => c.filename));
  const maps = new Map<string, SourceMap>();
  const used = new Map<string, number>();
  const origin: (OutputPosition | undefined)[] = new Array(lines.length + 1);
  let i = 0;
  while (i < lines.length) {
    const m = lines[i] === '---' && /^# Source: (.+)$/.exec(lines[i + 1] ?? '');
    if (!m) {
      i++;
      continue;
    }
    const name = m[1];
    const start = i + 2;
    let end = start;
    while (end < lines.length && !(lines[end] === '---' && (lines[end + 1] ?? '').startsWith('# Source: '))) end++;
    const body = lines.slice(start, end).join('\n').replace(/\n$/, '');
    if (crds.has(name)) {
      for (let k = start; k < end; k++) origin[k + 1] = { file: name, line: k - start + 1, column: 1 };
    } else {
      const rendered = result.files.get(name);
      const text = texts.get(name);
      if (rendered !== undefined && text !== undefined) {
        let sm = maps.get(name);
        if (!sm) {
          sm = new SourceMap(name, text, rendered);
          maps.set(name, sm);
        }
        const from = used.get(name) ?? 0;
        let at = rendered.indexOf(body.slice(0, 200), from);
        if (at < 0) at = rendered.indexOf(body.slice(0, 200));
        if (at >= 0) used.set(name, at + 1);
        const firstLine = at >= 0 ? rendered.slice(0, at).split('\n').length : 1;
        for (let k = start; k < end; k++) {
          const o = sm.origin(firstLine + (k - start));
          origin[k + 1] = { file: name, line: o.line, column: 1 };
        }
      }
      origin[i + 1] = origin[start + 1] ?? { file: name, line: 1, column: 1 };
      origin[i + 2] = origin[i + 1];
    }
    i = end;
  }
  return (pos) => {
    const o = origin[pos.line];
    if (!o) return pos;
    return { file: o.file, line: o.line, column: o.line === pos.line ? pos.column : 1 };
  };
}
