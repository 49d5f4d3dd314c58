import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { LineCounter } from '../common/line-counter.js';
import type { PathSegment } from '../common/path.js';
import type {
  DocumentProblem,
  LocateTarget,
  ManifestDocument,
  ManifestSource,
  SourcePosition,
} from './manifest-document.js';
import { syntaxHint } from './syntax-hint.js';

/**
 * YAML_OPTIONS follow what `kubectl apply` reads (sigs.k8s.io/yaml on go-yaml v2): YAML 1.1
 * scalars (`yes`/`on` are booleans), merge keys, unique keys.
 */
const YAML_OPTIONS = { version: '1.1', merge: true, prettyErrors: false, uniqueKeys: true, strict: false } as const;

/** parseDocuments splits a source into its YAML documents, keeping a way back to positions. */
export function parseDocuments(source: ManifestSource): ManifestDocument[] {
  const lines = new LineCounter(source.content);
  const position = (offset: number, index: number): SourcePosition => {
    const p = { file: source.file, ...lines.linePos(offset) };
    return source.mapPosition ? source.mapPosition(p, index) : p;
  };
  const docs = parseAllDocuments(source.content, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    // An empty stream with only errors (e.g. a lone directive) comes back as an EmptyStream.
    return [];
  }
  return list.map((doc, index) => toManifestDocument(source, doc, index, position));
}

function toManifestDocument(
  source: ManifestSource,
  doc: Document.Parsed,
  index: number,
  position: (offset: number, index: number) => SourcePosition,
): ManifestDocument {
  let problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')].map((e) =>
    toProblem(source.content, e),
  );
  const hasSyntaxError = problems.some((p) => p.code === 'syntax');
  // After a syntax error the rest of the document is misread; report only the syntax errors.
  if (hasSyntaxError) problems = problems.filter((p) => p.code === 'syntax');
  let value: unknown;
  if (!hasSyntaxError) {
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      const at = doc.range[0];
      problems.push({ code: 'syntax', range: [at, at], detail: (err as Error).message, hint: 'none' });
    }
  }
  return {
    file: source.file,
    index,
    value: value === null ? undefined : value,
    problems,
    range: [doc.range[0], doc.range[2]],
    locate: (path, target) => locate(doc, path, target),
    position: (offset) => position(offset, index),
  };
}

function toProblem(content: string, e: YAMLError): DocumentProblem {
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(content.slice(e.pos[0]))?.[1].trim() ?? '';
    return { code: 'duplicateKey', range: [e.pos[0], e.pos[0] + key.length], detail: key.replace(/^["']|["']$/g, ''), hint: 'none' };
  }
  let at = e.pos[0];
  while (at < content.length && content[at] === ' ' && (at === 0 || content[at - 1] === '\n' || content[at - 1] === ' ')) at++;
  if (at >= content.length || content[at] === '\n') at = e.pos[0];
  return { code: 'syntax', range: [at, Math.max(at, e.pos[1])], detail: e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, ''), hint: syntaxHint(content, e.pos[0], e.code) };
}

function locate(doc: Document.Parsed, path: readonly PathSegment[], target: LocateTarget): [number, number] {
  let node: unknown = doc.contents;
  let range: [number, number] = [doc.range[0], doc.range[0]];
  const rangeOf = (n: unknown): [number, number] | undefined => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return r ? [r[0], r[1]] : undefined;
  };
  range = rangeOf(node) ?? range;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return range;
      if (last && target === 'key') return rangeOf(pair.key) ?? range;
      node = pair.value;
      range = rangeOf(node) ?? rangeOf(pair.key) ?? range;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      range = rangeOf(node) ?? range;
    } else {
      return range;
    }
  }
  return range;
}
