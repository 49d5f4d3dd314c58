import { describe, expect, test } from 'vitest';
import { blame, extractError, needsSolo, stripDebugNote } from './helm-oracle.mjs';

describe('helm oracle helpers', () => {
  test('extractError keeps the Error: text and drops log lines before it', () => {
    const stderr = 'level=WARN msg="x"\nError: parse error at (c/templates/case.yaml:1): unclosed action\n\nUse --debug flag to render out invalid YAML\n';
    const e = extractError(stderr);
    expect(e).toBe('Error: parse error at (c/templates/case.yaml:1): unclosed action\n\nUse --debug flag to render out invalid YAML');
    expect(stripDebugNote(e)).toBe('Error: parse error at (c/templates/case.yaml:1): unclosed action');
  });

  test.each([
    ['Error: parse error at (c/templates/_case7.tpl:1): unclosed action', 10, 7],
    ['Error: c/templates/case.yaml:3:5\n  executing "c/templates/case.yaml" at <include "c/templates/_case2.tpl" .>:', 10, 2],
    ['Error: execution error at (c/templates/case.yaml:4:8): need it', 10, 3],
    ['Error: execution error at (c/templates/case.yaml:40:8): need it', 10, undefined],
    ['Error: YAML parse error on c/templates/case.yaml', 10, undefined],
  ])('blame(%j)', (error, n, want) => {
    expect(blame(error, n)).toBe(want);
  });

  test('needsSolo flags defines and values mutation only', () => {
    expect(needsSolo('{{ define "x" }}{{ end }}')).toBe(true);
    expect(needsSolo('{{ $_ := set .Values "a" 1 }}')).toBe(true);
    expect(needsSolo('{{ include "x" . | upper }}')).toBe(false);
  });
});
