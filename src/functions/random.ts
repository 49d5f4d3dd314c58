/**
 * Sprig's random string functions (Masterminds/goutils `CryptoRandom*` alphabets, xstrings
 * `Shuffle`, Go `rand.Intn`). Output is random by nature: tests compare shapes only.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { goInt, type GoInt } from '../template/value.js';
import { MAX_RANDOM_LENGTH } from '../common/limits.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
let PRINTABLE = '';
for (let c = 32; c < 127; c++) PRINTABLE += String.fromCharCode(c);

/** cryptoRandom picks `count` characters uniformly from `alphabet` ("" for count ≤ 0, as Sprig drops the error). */
function cryptoRandom(alphabet: string, count: GoInt): string {
  if (count.v > BigInt(MAX_RANDOM_LENGTH)) throw new FunctionError(`random string of ${count.v} characters exceeds k8slint's limit of ${MAX_RANDOM_LENGTH}`);
  const n = Number(count.v);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** intn is Go's `rand.Intn`, which panics for n ≤ 0. */
function intn(n: bigint): bigint {
  if (n <= 0n) throw new FunctionError('invalid argument to Intn');
  if (n <= BigInt(Number.MAX_SAFE_INTEGER)) return BigInt(randomInt(Number(n)));
  const r = BigInt('0x' + randomBytes(8).toString('hex'));
  return r % n;
}

/** shuffle is xstrings.Shuffle: a Fisher–Yates shuffle of the runes. */
function shuffle(s: string): string {
  const runes = [...s];
  for (let i = runes.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [runes[i], runes[j]] = [runes[j], runes[i]];
  }
  return runes.join('');
}

const count = (alphabet: string) => ({
  params: ['int'],
  results: ['string'],
  fn: (n: GoInt) => cryptoRandom(alphabet, n),
  hermetic: false,
});

/** randomFunctions: Sprig's random family. */
export const randomFunctions: FunctionTable = {
  randAlphaNum: count(UPPER + LOWER + DIGITS),
  randAlpha: count(UPPER + LOWER),
  randAscii: count(PRINTABLE),
  randNumeric: count(DIGITS),
  shuffle: { params: ['string'], results: ['string'], fn: shuffle, hermetic: false },
  randInt: {
    params: ['int', 'int'],
    results: ['int'],
    fn: (min: GoInt, max: GoInt) => goInt(BigInt.asIntN(64, intn(BigInt.asIntN(64, max.v - min.v)) + min.v)),
    hermetic: false,
  },
};
