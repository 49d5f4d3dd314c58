/**
 * yaml-sort is go-yaml's "natural" map key order for string keys (go.yaml.in/yaml/v2 sorter.go
 * keyList.Less): letters compare by rune, a non-letter sorts before a letter, digit runs compare
 * numerically. yaml.v3 (sorter.go) flips the letter/non-letter rule right after a common digit.
 */

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const isLetter = (c: string): boolean => {
  const x = c.charCodeAt(0);
  if (x < 0x80) return (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a);
  return LETTER.test(c);
};
const isDigit = (c: string): boolean => {
  const x = c.charCodeAt(0);
  if (x < 0x80) return x >= 0x30 && x <= 0x39;
  return DIGIT.test(c);
};
const ASCII = { test: (s: string): boolean => !/[^ -~]/.test(s) || [...s].every((c) => c.charCodeAt(0) < 0x80) };

/** naturalLess reports whether key a sorts before key b. */
export function naturalLess(a: string, b: string, v3 = false): boolean {
  const ar = ASCII.test(a) ? (a as unknown as string[]) : [...a];
  const br = ASCII.test(b) ? (b as unknown as string[]) : [...b];
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) {
      return v3 && digits ? al : bl;
    }
    let an = 0n;
    let bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai].codePointAt(0)! - 48));
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi].codePointAt(0)! - 48));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}
