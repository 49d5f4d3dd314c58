/**
 * Go-compatible positions. Nodes store UTF-16 offsets; Go reports byte offsets, so this
 * is the one place where UTF-16 offsets become Go's `line:col` (col = 0-based byte offset
 * within the line, golang/go parse.Tree.ErrorContext).
 */
import { byteLength } from './utf8.js';

/** goLineCol converts a UTF-16 offset in `text` to Go's 1-based line and 0-based byte column. */
export function goLineCol(text: string, pos: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: byteLength(text.slice(lineStart, pos)) };
}
