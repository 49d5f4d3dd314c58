import { Document, isMap, isScalar, isSeq, Pair, Scalar, type Node, type YAMLMap } from 'yaml';

export type Path = (string | number)[];

/**
 * DocEdit edits one parsed YAML document in place, keeping comments, key order and the
 * position of renamed keys; `changed` records whether anything was written.
 */
export class DocEdit {
  changed = false;

  constructor(readonly doc: Document) {}

  /** js returns the plain value at `path` (undefined when missing). */
  js(path: Path): unknown {
    const n = this.doc.getIn(path, true) as unknown;
    if (n === undefined || n === null) return undefined;
    if (isScalar(n)) return n.value;
    if (isMap(n) || isSeq(n)) return n.toJSON();
    return n;
  }

  has(path: Path): boolean {
    return this.doc.hasIn(path);
  }

  /** set writes a plain value (objects become block collections). */
  set(path: Path, value: unknown): void {
    const cur = this.doc.getIn(path, true) as unknown;
    if (isScalar(cur) && (typeof value !== 'object' || value === null)) {
      if (cur.value === value) return;
      cur.value = value;
    } else {
      this.doc.setIn(path, this.doc.createNode(value));
    }
    this.changed = true;
  }

  delete(path: Path): void {
    if (this.doc.hasIn(path)) {
      this.doc.deleteIn(path);
      this.changed = true;
    }
  }

  map(path: Path): YAMLMap | undefined {
    const n = path.length === 0 ? this.doc.contents : (this.doc.getIn(path, true) as unknown);
    return isMap(n) ? n : undefined;
  }

  /** renameKey renames `from` to `to` in the map at `path`, in the same position. */
  renameKey(path: Path, from: string, to: string): boolean {
    const m = this.map(path);
    const pair = m?.items.find((p) => isScalar(p.key) && p.key.value === from);
    if (!m || !pair) return false;
    const key = pair.key as Scalar;
    pair.key = new Scalar(to);
    (pair.key as Scalar).commentBefore = key.commentBefore;
    this.changed = true;
    return true;
  }

  /** move takes the node at `from` and puts it at `to` (removing `from`), keeping its comments. */
  move(from: Path, to: Path): boolean {
    const node = this.doc.getIn(from, true) as Node | undefined;
    if (node === undefined) return false;
    this.doc.deleteIn(from);
    this.doc.setIn(to, node);
    this.changed = true;
    return true;
  }

  /** insertAfter puts `key: value` into the map at `path` right after key `after` (or at the end). */
  insertAfter(path: Path, after: string | undefined, key: string, value: unknown): void {
    const m = this.map(path);
    if (!m) {
      this.set([...path, key], value);
      return;
    }
    const pair = new Pair(new Scalar(key), this.doc.createNode(value));
    const i = after === undefined ? -1 : m.items.findIndex((p) => isScalar(p.key) && p.key.value === after);
    if (i < 0) m.items.push(pair);
    else m.items.splice(i + 1, 0, pair);
    this.changed = true;
  }

  /** comment returns the trailing comment of the value node at `path`. */
  comment(path: Path): string | undefined {
    const n = this.doc.getIn(path, true) as unknown;
    return isScalar(n) || isMap(n) || isSeq(n) ? (n.comment ?? undefined) : undefined;
  }

  /** setComment puts a trailing comment on the value node at `path`. */
  setComment(path: Path, comment: string | undefined): void {
    const n = this.doc.getIn(path, true) as unknown;
    if (comment && (isScalar(n) || isMap(n) || isSeq(n))) n.comment = comment;
  }

  /** length of the sequence at `path` (0 when not a sequence). */
  seqLength(path: Path): number {
    const n = this.doc.getIn(path, true) as unknown;
    return isSeq(n) ? n.items.length : 0;
  }

  /** keys of the map at `path`. */
  keys(path: Path): string[] {
    const m = this.map(path);
    return m ? m.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key))) : [];
  }
}
