import { createTwoFilesPatch } from 'diff';
import { Document, LineCounter, parseAllDocuments, isCollection, isNode, isPair, type Node } from 'yaml';
import { minorOf } from '../deprecation-table.js';
import type { Path } from './doc-edit.js';
import { fixDocument, type FixNote } from './fix-document.js';

/** PositionedFixNote is a migration note with the 1-based line and column it refers to. */
export interface PositionedFixNote extends FixNote {
  line: number;
  column: number;
}

/** FixedText is the outcome of migrating one manifest file. */
export interface FixedText {
  original: string;
  fixed: string;
  changed: boolean;
  notes: PositionedFixNote[];
}

/**
 * detectIndentSeq tells whether block sequences are indented under their key in this text: the
 * style most of its `key:` + `- item` pairs use (`fallback` when none or a tie).
 */
function detectIndentSeq(text: string, fallback = true): boolean {
  let indented = 0;
  let flush = 0;
  for (const m of text.matchAll(/^( *)[^\s#-][^:\n]*:[ \t]*\n( *)- /gm)) {
    if (m[2].length > m[1].length) indented++;
    else if (m[2].length === m[1].length) flush++;
  }
  return indented === flush ? fallback : indented > flush;
}

function nodeAt(doc: Document, path: Path): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as unknown);
    if (isNode(node) && node.range) return node;
  }
  return undefined;
}

/**
 * fixManifestText migrates every document of a YAML text for the target Kubernetes version
 * (`"1.29"`, `"v1.29.0"`). Documents that need no change keep their exact bytes; changed
 * documents keep comments and key order.
 */
export function fixManifestText(text: string, kubeVersion: string): FixedText {
  const target = minorOf(kubeVersion);
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, keepSourceTokens: false });
  const notes: PositionedFixNote[] = [];
  if (!Array.isArray(docs)) return { original: text, fixed: text, changed: false, notes };
  // helm output joins templates written in different styles: each document keeps its own
  const fileIndentSeq = detectIndentSeq(text);
  const splices: [number, number, string][] = [];
  for (const doc of docs) {
    if (doc.errors.length || !doc.contents || !doc.contents.range) continue;
    const original = doc.clone();
    const { changed, notes: docNotes } = fixDocument(doc, target);
    for (const n of docNotes) {
      const node = nodeAt(original, n.path);
      const pos = lineCounter.linePos(node?.range?.[0] ?? doc.contents.range[0]);
      notes.push({ ...n, line: pos.line, column: pos.col });
    }
    if (!changed) continue;
    const contents = doc.contents as Node & { commentBefore?: string | null };
    const [start, , end] = contents.range!;
    const indentSeq = detectIndentSeq(text.slice(start, end), fileIndentSeq);
    // Comments above the first entry lie before the spliced range: keep them out of the output.
    const first = isCollection(contents) ? contents.items[0] : undefined;
    const lead = (isPair(first) ? first.key : first) as (Node & { commentBefore?: string | null }) | undefined;
    const saved = [contents.commentBefore, lead?.commentBefore];
    contents.commentBefore = undefined;
    if (lead && isNode(lead)) lead.commentBefore = undefined;
    const out = new Document(contents).toString({ indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
    contents.commentBefore = saved[0];
    if (lead && isNode(lead)) lead.commentBefore = saved[1];
    const tail = text.slice(start, end).endsWith('\n') ? '' : '\n';
    splices.push([start, end, tail ? out.replace(/\n$/, '') : out]);
  }
  notes.sort((a, b) => a.line - b.line || a.column - b.column);
  let fixed = text;
  for (const [s, e, r] of splices.reverse()) fixed = fixed.slice(0, s) + r + fixed.slice(e);
  return { original: text, fixed, changed: fixed !== text, notes };
}

/** unifiedDiff renders the change of one file as a unified diff (empty when unchanged). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 }).replace(/^=+\n/, '');
}
