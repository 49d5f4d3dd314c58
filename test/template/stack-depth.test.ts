/**
 * Runaway {{template}} recursion ends on the JavaScript stack long before Go's depth limit;
 * k8slint must still report Go's error whatever stack the caller has already used (the
 * golden test alone passed or failed depending on how deep vitest called it). The expected
 * text is helm's, from the lang-errors golden.
 */
import { expect, test } from 'vitest';
import { loadGolden, loadSuite } from '../helpers/cases.mjs';
import { actualText, expectedText, type GoldenResult } from '../helpers/golden-compare.js';
import { renderCase, type CaseResult } from '../helpers/k8slint-case.js';

const CASE = 'template-depth-exceeded';

/** atStackDepth calls f under n extra JavaScript frames. */
function atStackDepth<T>(n: number, f: () => T): T {
  return n === 0 ? f() : atStackDepth(n - 1, f);
}

test.each([4, 3] as const)('helm %i: recursion past the JavaScript stack gives the depth error at any caller stack depth', async (v) => {
  const c = loadSuite('lang-errors').find((x) => x.name === CASE);
  const golden = loadGolden('lang-errors')?.cases[CASE]?.[`helm${v}`] as GoldenResult | undefined;
  if (!c || !golden) throw new Error(`lang-errors/${CASE} or its golden is missing`);
  const want = expectedText(golden);
  expect(want).toContain('exceeded maximum template depth');
  const wrong: string[] = [];
  for (let n = 0; n <= 3000; n += 29) {
    const got = actualText(await atStackDepth(n, (): Promise<CaseResult> => renderCase(c, v)));
    if (got !== want) wrong.push(`${n} frames: ${got.slice(0, 120)}`);
  }
  expect(wrong).toEqual([]);
});
