/**
 * Masterminds/goutils v1.1.1 string helpers used by Sprig. Several work on bytes and write each
 * byte back as the rune of the same number (Latin-1), which garbles multi-byte characters exactly
 * as Go does (`initials "ü"` → `Ã`).
 */
import { fromGoBytes, goBytes } from './bytes.js';
import { isLower, isSpace, isTitle, isUpper, mapRunes, toLowerRune, toTitleRune, toUpperRune } from './unicode.js';

/** abbreviateFull is goutils.AbbreviateFull; errors yield "" as Sprig ignores them. */
export function abbreviateFull(str: string, offset: number, maxWidth: number): string {
  if (str === '') return '';
  if (maxWidth < 4) return '';
  const b = goBytes(str);
  const len = b.length;
  if (len <= maxWidth) return str;
  if (offset > len) offset = len;
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
  const marker = '...';
  if (offset <= 4) return fromGoBytes(b.slice(0, maxWidth - 3)) + marker;
  if (maxWidth < 7) return '';
  if (offset + maxWidth - 3 < len) return marker + abbreviateFull(fromGoBytes(b.slice(offset)), 0, maxWidth - 3);
  return marker + fromGoBytes(b.slice(len - (maxWidth - 3)));
}

function lastSpace(b: number[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (b[i] === 0x20) return i - from;
  return -1;
}

/** wrapCustom is goutils.WrapCustom (byte based, words split at ' '). */
export function wrapCustom(str: string, wrapLength: number, newLine: string, wrapLongWords: boolean): string {
  if (str === '') return '';
  if (newLine === '') newLine = '\n';
  if (wrapLength < 1) wrapLength = 1;
  const b = goBytes(str);
  const nl = goBytes(newLine);
  const len = b.length;
  let offset = 0;
  const out: number[] = [];
  const emit = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out.push(b[i]);
  };
  while (len - offset > wrapLength) {
    if (b[offset] === 0x20) {
      offset++;
      continue;
    }
    const end = wrapLength + offset + 1;
    const spaceAt = lastSpace(b, offset, end) + offset;
    if (spaceAt >= offset) {
      emit(offset, spaceAt);
      out.push(...nl);
      offset = spaceAt + 1;
    } else if (wrapLongWords) {
      emit(offset, wrapLength + offset);
      out.push(...nl);
      offset += wrapLength;
    } else {
      const e = wrapLength + offset;
      const idx = b.indexOf(0x20, e);
      if (idx === -1) {
        emit(offset, len);
        offset = len;
      } else {
        emit(offset, idx);
        out.push(...nl);
        offset = idx + 1;
      }
    }
  }
  emit(offset, len);
  return fromGoBytes(out);
}

/** swapCase is goutils.SwapCase (word-start lower-case letters become title case). */
export function swapCase(str: string): string {
  if (str === '') return str;
  let whitespace = true;
  return mapRunes(str, (r) => {
    if (isUpper(r) || isTitle(r)) {
      whitespace = false;
      return toLowerRune(r);
    }
    if (isLower(r)) {
      if (whitespace) {
        whitespace = false;
        return toTitleRune(r);
      }
      return toUpperRune(r);
    }
    whitespace = isSpace(r);
    return r;
  });
}

/** uncapitalize is goutils.Uncapitalize with whitespace delimiters. */
export function uncapitalize(str: string): string {
  if (str === '') return str;
  let next = true;
  return mapRunes(str, (r) => {
    if (isSpace(r)) {
      next = true;
      return r;
    }
    if (next) {
      next = false;
      return toLowerRune(r);
    }
    return r;
  });
}

/** initials is goutils.Initials: the first byte of every whitespace-separated word, as a rune. */
export function initials(str: string): string {
  if (str === '') return str;
  let out = '';
  let gap = true;
  for (const c of goBytes(str)) {
    if (isSpace(c)) gap = true;
    else if (gap) {
      out += String.fromCharCode(c);
      gap = false;
    }
  }
  return out;
}

/** deleteWhiteSpace is goutils.DeleteWhiteSpace (byte based, each kept byte written as a rune). */
export function deleteWhiteSpace(str: string): string {
  if (str === '') return str;
  const b = goBytes(str);
  let out = '';
  for (const c of b) if (!isSpace(c)) out += String.fromCharCode(c);
  return out.length === b.length ? str : out;
}
