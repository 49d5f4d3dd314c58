import type { Position } from '../common/line-counter.js';
import type { PathSegment } from '../common/path.js';

/** ProblemCode names what went wrong while reading YAML (turned into findings by the yaml-* rules). */
export type ProblemCode = 'syntax' | 'duplicateKey';

/** SyntaxHint names the usual cause of a YAML syntax error, when one is recognised. */
export type SyntaxHint = 'tabs' | 'gluedSeparator' | 'indentation' | 'none';

/** DocumentProblem is one YAML-level problem, located by source offsets. */
export interface DocumentProblem {
  code: ProblemCode;
  range: [number, number];
  /** detail is the parser's own description (syntax) or the duplicated key (duplicateKey). */
  detail: string;
  hint: SyntaxHint;
}

/** SourcePosition is a position in a named file. */
export interface SourcePosition extends Position {
  file: string;
}

/**
 * PositionMapper turns a position in the text being validated into the position the user should
 * see, e.g. the template line of a rendered chart. `docIndex` is the document's index in the file.
 */
export type PositionMapper = (pos: SourcePosition, docIndex: number) => SourcePosition;

/** ManifestSource is one input text: a file's content, a rendered chart's output, stdin. */
export interface ManifestSource {
  file: string;
  content: string;
  mapPosition?: PositionMapper;
}

/** LocateTarget says whether a path points at a map key or at a value. */
export type LocateTarget = 'key' | 'value';

/** ManifestDocument is one YAML document of a source, as a plain value plus a way back to positions. */
export interface ManifestDocument {
  file: string;
  index: number;
  /** value is the document's plain JS value; undefined for an empty document. */
  value: unknown;
  problems: DocumentProblem[];
  /** range is the document's start and end offset in the source. */
  range: [number, number];
  /** locate returns the offsets of the deepest existing node along `path`. */
  locate(path: readonly PathSegment[], target: LocateTarget): [number, number];
  /** position maps a source offset to the position shown to the user. */
  position(offset: number): SourcePosition;
}
