import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type YAMLError } from 'yaml';
import { LineCounter } from '../common/line-counter.js';
import type { PathSegment } from '../common/path.js';
import { BAIL, parseFast, splitDocuments } from './fast-yaml.js';
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
 * scalars (`yes`/`on` are booleans), merge keys, unique keys; timestamps and base-60 numbers stay
 * strings, as go-yaml v2 keeps them when decoding into interface{}.
 */
export const YAML_OPTIONS = {
  version: '1.1',
  merge: true,
  prettyErrors: false,
  uniqueKeys: true,
  strict: false,
  customTags: (tags: unknown[]) =>
    tags.filter((t) => {
      const tag = t as { tag?: string; test?: RegExp };
      return tag.tag !== 'tag:yaml.org,2002:timestamp' && !(tag.test && tag.test.source.includes('(?::[0-5]?[0-9])'));
    }) as never,
} as const;

type Positioner = (offset: number, index: number) => SourcePosition;

/**
 * parseDocuments splits a source into its YAML documents, keeping a way back to positions.
 * Documents in the plain subset of YAML are read by the fast reader (fast-yaml.ts); the others,
 * and all position lookups, go through the full `yaml` parser.
 */
export function parseDocuments(source: ManifestSource): ManifestDocument[] {
  let lines: LineCounter | undefined;
  const position: Positioner = (offset, index) => {
    lines ??= new LineCounter(source.content);
    const p = { file: source.file, ...lines.linePos(offset) };
    return source.mapPosition ? source.mapPosition(p, index) : p;
  };
  const segments = splitDocuments(source.content);
  if (segments === BAIL) {
    return parseAllDocuments(source.content, YAML_OPTIONS).map((doc, index) => fromYaml(source.file, source.content, doc, 0, index, position));
  }
  return segments.map(({ start, end }, index) => {
    const text = source.content.slice(start, end);
    const value = parseFast(text);
    if (value === BAIL) return fromYaml(source.file, text, parseDocument(text, YAML_OPTIONS), start, index, position);
    let parsed: Document.Parsed | undefined;
    return {
      file: source.file,
      index,
      value: value === null ? undefined : value,
      problems: [],
      range: [start, end],
      locate: (path, target) => {
        parsed ??= parseDocument(text, YAML_OPTIONS);
        return shift(locate(parsed, path, target), start);
      },
      position: (offset) => position(offset, index),
    };
  });
}

function shift(r: [number, number], by: number): [number, number] {
  return [r[0] + by, r[1] + by];
}

function fromYaml(file: string, text: string, doc: Document.Parsed, offset: number, index: number, position: Positioner): ManifestDocument {
  let problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')].map((e) => toProblem(text, e, offset));
  const hasSyntaxError = problems.some((p) => p.code === 'syntax');
  // After a syntax error the rest of the document is misread; report only the syntax errors.
  if (hasSyntaxError) problems = problems.filter((p) => p.code === 'syntax');
  let value: unknown;
  if (!hasSyntaxError) {
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      const at = doc.range[0] + offset;
      const detail = err instanceof RangeError ? `nesting too deep (k8slint reads YAML nested up to a few thousand levels)` : (err as Error).message;
      problems.push({ code: 'syntax', range: [at, at], detail, hint: 'none' });
    }
  }
  return {
    file,
    index,
    value: value === null ? undefined : value,
    problems,
    range: [doc.range[0] + offset, doc.range[2] + offset],
    locate: (path, target) => shift(locate(doc, path, target), offset),
    position: (o) => position(o, index),
  };
}

function toProblem(content: string, e: YAMLError, offset: number): DocumentProblem {
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(content.slice(e.pos[0]))?.[1].trim() ?? '';
    return { code: 'duplicateKey', range: [e.pos[0] + offset, e.pos[0] + key.length + offset], detail: key.replace(/^["']|["']$/g, ''), hint: 'none' };
  }
  let at = e.pos[0];
  while (at < content.length && content[at] === ' ' && (at === 0 || content[at - 1] === '\n' || content[at - 1] === ' ')) at++;
  if (at >= content.length || content[at] === '\n') at = e.pos[0];
  return {
    code: 'syntax',
    range: [at + offset, Math.max(at, e.pos[1]) + offset],
    detail: /Maximum call stack size exceeded/.test(e.message)
      ? 'nesting too deep (k8slint reads YAML nested up to a few thousand levels)'
      : e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, ''),
    hint: syntaxHint(content, e.pos[0], e.code),
  };
}

function locate(doc: Document.Parsed, path: readonly PathSegment[], target: LocateTarget): [number, number] {
  const rangeOf = (n: unknown): [number, number] | undefined => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return r ? [r[0], r[1]] : undefined;
  };
  let node: unknown = doc.contents;
  let range: [number, number] = rangeOf(node) ?? [doc.range[0], doc.range[0]];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return range;
      if (i === path.length - 1 && target === 'key') return rangeOf(pair.key) ?? range;
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
