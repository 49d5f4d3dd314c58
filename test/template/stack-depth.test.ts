/**
 * Runaway {{template}} recursion ends on the JavaScript stack long before Go's depth limit;
 * k8slint must still report Go's error whatever stack the caller has already used (the
 * golden test alone passed or failed depending on how deep vitest called it). The expected
 * texts are helm's, from the template goldens.
 */
import { expect, test } from 'vitest';
import { loadGolden, loadSuite } from '../helpers/cases.mjs';
import { actualText, expectedText, type GoldenResult } from '../helpers/golden-compare.js';
import { renderCase, type CaseResult } from '../helpers/k8slint-case.js';

/**
 * Cases whose recursion runs deep into the JavaScript stack, with the extra caller frames each
 * must survive. Runaway {{template}} recursion always ends on the stack, wherever that is.
 * helm's 1000 nested includes must fit with room to spare: a regression guard on the stack an
 * include level takes (today they overflow past about 1,650 extra frames; CLI and tests call
 * from fewer than 200).
 */
const CASES = [
  ['lang-errors', 'template-depth-exceeded', 3000, 29],
  ['engine-edge', 'include-recursion', 1200, 100],
] as const;

/** atStackDepth calls f under n extra JavaScript frames. */
function atStackDepth<T>(n: number, f: () => T): T {
  return n === 0 ? f() : atStackDepth(n - 1, f);
}

const rows = CASES.flatMap(([suite, name, frames, step]) => ([4, 3] as const).map((v) => [suite, name, v, frames, step] as const));

test.each(rows)('%s/%s, helm %i: the same error under up to %i extra caller frames', async (suite, name, v, frames, step) => {
  const c = loadSuite(suite).find((x) => x.name === name);
  const golden = loadGolden(suite)?.cases[name]?.[`helm${v}`] as GoldenResult | undefined;
  if (!c || !golden) throw new Error(`${suite}/${name} or its golden is missing`);
  const want = expectedText(golden);
  expect(/exceeded maximum template depth|has a nested reference name/.test(want), 'the golden is a recursion error').toBe(true);
  const wrong: string[] = [];
  for (let n = 0; n <= frames; n += step) {
    const got = actualText(await atStackDepth(n, (): Promise<CaseResult> => renderCase(c, v)));
    if (got !== want) wrong.push(`${n} frames: ${got.slice(0, 120)} ... ${got.slice(-120)}`);
  }
  expect(wrong).toEqual([]);
});
