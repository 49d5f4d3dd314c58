import type { SyntaxHint } from './manifest-document.js';

const GLUED_SEPARATOR = /(^---[^\s-])|(\S[ \t]*---\s*$)/m;

/**
 * syntaxHint guesses the usual cause of a YAML syntax error around `offset`: a tab used for
 * indentation, a `---` separator glued to a value (a template's `{{- end }}` eating the newline),
 * or lost indentation.
 */
export function syntaxHint(source: string, offset: number, code: string): SyntaxHint {
  const lineStart = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const prevStart = source.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = source.length;
  const around = source.slice(prevStart, lineEnd);
  if (code === 'TAB_AS_INDENT' || /^[ ]*\t/m.test(around)) return 'tabs';
  if (GLUED_SEPARATOR.test(around)) return 'gluedSeparator';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN' || code === 'MULTILINE_IMPLICIT_KEY') {
    return 'indentation';
  }
  return 'none';
}
