/**
 * A port of Go's `fmt` printing (`fmt/print.go`, `fmt/format.go`) for the Go value model:
 * Sprint, Sprintln, Sprintf with every verb, flag, width/precision form and inline error
 * text (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA …)` …) that text/template can reach.
 *
 * How GoValues map onto Go's dynamic types when passed as `...interface{}` operands:
 * `undefined`/`null` → nil interface; string/bool/number → string/bool/float64; GoInt → its
 * kind; GoSlice `[]uint8` → `[]byte`; GoMap/GoSlice/GoStruct → reflected composite values
 * whose `null` elements are nil interfaces; GoTime → `time.Time` (a Stringer); a GoStruct of
 * type `complex128` (fields `real`, `imag`; see complex.ts) → complex128.
 */
import { FormatFloat, formatFloatV, IsPrint, Quote, QuoteRune, QuoteRuneToASCII, QuoteToASCII, CanBackquote } from './strconv.js';
import { goStringToBytes, isAscii, runeCount, runeString, decodeAt, MAX_RUNE, RUNE_ERROR, bytesToGoString } from './utf8.js';
import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, goTypeOf, isSignedKind, type GoValue } from './value.js';
import { formatGoTime, goTimeString } from './gotime.js';

export { formatGoTime };

const LDIGITS = '0123456789abcdefx';
const UDIGITS = '0123456789ABCDEFX';
const NIL_ANGLE = '<nil>';
const NIL_PAREN = '(nil)';
/** A stand-in for pointer values: Go prints a real (non-deterministic) heap address. */
const FAKE_ADDRESS = 0xc000010000n;

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

/** isNil tells whether a value is a nil interface operand (Go's `arg == nil`). */
function isNil(v: GoValue): v is undefined | null {
  return v === undefined || v === null;
}

/** Printer is Go's `pp` plus its embedded `fmt`: the state of one Sprint/Sprintf call. */
class Printer {
  buf = '';
  // fmt flags
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  prec = 0;
  // pp state
  reordered = false;
  goodArgNum = true;
  erroring = false;
  /** The current operand for badVerb: `arg` when it came in as an interface, else `value`. */
  arg: GoValue = undefined;
  argIsValue = false;

  clearFlags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
  }

  // --- format.go -------------------------------------------------------------------------

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
  }

  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - (isAscii(s) ? s.length : runeCount(s));
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let tail = '';
    if (this.sharp && u <= BigInt(MAX_RUNE) && IsPrint(Number(u))) tail = " '" + String.fromCodePoint(Number(u)) + "'";
    let h = u.toString(16).toUpperCase();
    if (h.length < prec) h = '0'.repeat(prec - h.length) + h;
    const oldZero = this.zero;
    this.zero = false;
    this.pad('U+' + h + tail);
    this.zero = oldZero;
  }

  /** fmtInteger formats `u` (the value's uint64 bits) in `base`; `isSigned` reinterprets them. */
  fmtInteger(u: bigint, base: number, isSigned: boolean, verb: string, digits: string): void {
    const negative = isSigned && u >= 1n << 63n;
    if (negative) u = (1n << 64n) - u;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = u.toString(base);
    if (digits === UDIGITS && base === 16) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8) {
        if (s[0] !== '0') s = '0' + s;
      } else if (base === 16) s = '0' + digits[16] + s;
    }
    if (verb === 'O') s = '0o' + s;
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  truncate(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length; ) {
        if (--n < 0) return s.slice(0, i);
        i += decodeAt(s, i)[1];
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  fmtSbx(b: Uint8Array, digits: string): void {
    let length = b.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digits[16];
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digits[16];
      }
      const c = b[i];
      out += digits[c >> 4] + digits[c & 15];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && CanBackquote(s)) {
      this.pad('`' + s + '`');
      return;
    }
    this.pad(this.plus ? QuoteToASCII(s) : Quote(s));
  }

  fmtC(u: bigint): void {
    this.pad(runeString(u > BigInt(MAX_RUNE) ? RUNE_ERROR : Number(u)));
  }

  fmtQc(u: bigint): void {
    const r = u > BigInt(MAX_RUNE) ? RUNE_ERROR : Number(u);
    this.pad(this.plus ? QuoteRuneToASCII(r) : QuoteRune(r));
  }

  fmtFloatRaw(v: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = FormatFloat(v, verb, prec, 64);
    if (num[0] === '-' || num[0] === '+') {
      // keep sign
    } else num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') num = sharpFloat(num, verb, prec);
    if (this.plus || num[0] !== '+') {
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  // --- print.go --------------------------------------------------------------------------

  badVerb(verb: string): void {
    this.erroring = true;
    this.buf += '%!' + verb + '(';
    const a = this.arg;
    if (!isNil(a)) {
      this.buf += goTypeOf(a) + '=';
      if (this.argIsValue) this.printValue(a, 'v', 0);
      else this.printArg(a, 'v');
    } else this.buf += NIL_ANGLE;
    this.buf += ')';
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v);
    else this.badVerb(verb);
  }

  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 'v', LDIGITS);
    this.sharp = sharp;
  }

  fmtIntegerVerb(u: bigint, isSigned: boolean, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !isSigned) this.fmt0x64(u, true);
        else this.fmtInteger(u, 10, isSigned, verb, LDIGITS);
        return;
      case 'd':
        return this.fmtInteger(u, 10, isSigned, verb, LDIGITS);
      case 'b':
        return this.fmtInteger(u, 2, isSigned, verb, LDIGITS);
      case 'o':
      case 'O':
        return this.fmtInteger(u, 8, isSigned, verb, LDIGITS);
      case 'x':
        return this.fmtInteger(u, 16, isSigned, verb, LDIGITS);
      case 'X':
        return this.fmtInteger(u, 16, isSigned, verb, UDIGITS);
      case 'c':
        return this.fmtC(u);
      case 'q':
        return this.fmtQc(u);
      case 'U':
        return this.fmtUnicode(u);
      default:
        this.badVerb(verb);
    }
  }

  fmtFloat(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        return this.fmtFloatRaw(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmtFloatRaw(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmtFloatRaw(v, verb, 6);
      case 'F':
        return this.fmtFloatRaw(v, 'f', 6);
      default:
        this.badVerb(verb);
    }
  }

  /** fmtComplex prints a complex128 (a GoStruct with `real`/`imag` fields) as `(r±ii)`. */
  fmtComplex(c: GoStruct, verb: string): void {
    switch (verb) {
      case 'v':
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
      case 'f':
      case 'F':
      case 'e':
      case 'E': {
        const oldPlus = this.plus;
        this.buf += '(';
        this.fmtFloat(c.fields.get('real') as number, verb);
        this.plus = true;
        this.fmtFloat(c.fields.get('imag') as number, verb);
        this.buf += 'i)';
        this.plus = oldPlus;
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(v);
        else this.fmtS(v);
        return;
      case 's':
        return this.fmtS(v);
      case 'x':
        return this.fmtSbx(goStringToBytes(v), LDIGITS);
      case 'X':
        return this.fmtSbx(goStringToBytes(v), UDIGITS);
      case 'q':
        return this.fmtQ(v);
      default:
        this.badVerb(verb);
    }
  }

  fmtBytes(s: GoSlice, verb: string, typeString: string): void {
    const bytes = sliceBytes(s);
    switch (verb) {
      case 'v':
      case 'd':
        if (this.sharpV) {
          this.buf += typeString;
          if (s.isNil) {
            this.buf += NIL_PAREN;
            return;
          }
          this.buf += '{';
          bytes.forEach((c, i) => {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(BigInt(c), true);
          });
          this.buf += '}';
        } else {
          this.buf += '[';
          bytes.forEach((c, i) => {
            if (i > 0) this.buf += ' ';
            this.fmtInteger(BigInt(c), 10, false, verb, LDIGITS);
          });
          this.buf += ']';
        }
        return;
      case 's':
        return this.fmtS(bytesToGoString(bytes));
      case 'x':
        return this.fmtSbx(bytes, LDIGITS);
      case 'X':
        return this.fmtSbx(bytes, UDIGITS);
      case 'q':
        return this.fmtQ(bytesToGoString(bytes));
      default:
        this.printValue(s, verb, 0, true);
    }
  }

  fmtPointer(v: GoValue, verb: string): void {
    let u: bigint;
    if (v instanceof GoMap || v instanceof GoFunc || (v instanceof GoStruct && v.pointer)) u = FAKE_ADDRESS;
    else if (v instanceof GoSlice) u = v.isNil ? 0n : FAKE_ADDRESS;
    else return this.badVerb(verb);
    switch (verb) {
      case 'v':
        if (this.sharpV) {
          this.buf += '(' + goTypeOf(v) + ')(';
          if (u === 0n) this.buf += 'nil';
          else this.fmt0x64(u, true);
          this.buf += ')';
        } else if (u === 0n) this.pad(NIL_ANGLE);
        else this.fmt0x64(u, !this.sharp);
        return;
      case 'p':
        return this.fmt0x64(u, !this.sharp);
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        return this.fmtIntegerVerb(u, false, verb);
      default:
        this.badVerb(verb);
    }
  }

  /** handleMethods applies error/Stringer methods for the string-ish verbs, as Go does. */
  handleMethods(v: GoValue, verb: string): boolean {
    if (this.erroring) return false;
    if (verb === 'w') {
      // %w is only valid in fmt.Errorf with an error operand.
      this.badVerb(verb);
      return true;
    }
    if (this.sharpV) return false;
    switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q': {
        const str = stringerOf(v);
        if (str === undefined) return false;
        this.fmtString(str(), verb);
        return true;
      }
    }
    return false;
  }

  printArg(arg: GoValue, verb: string): void {
    this.arg = arg;
    this.argIsValue = false;
    if (isNil(arg)) {
      if (verb === 'T' || verb === 'v') this.pad(NIL_ANGLE);
      else this.badVerb(verb);
      return;
    }
    if (verb === 'T') return this.fmtS(goTypeOf(arg));
    if (verb === 'p') return this.fmtPointer(arg, 'p');
    switch (typeof arg) {
      case 'string':
        return this.fmtString(arg, verb);
      case 'number':
        return this.fmtFloat(arg, verb);
      case 'boolean':
        return this.fmtBool(arg, verb);
    }
    if (arg instanceof GoInt) return this.fmtIntegerVerb(BigInt.asUintN(64, arg.v), isSignedKind(arg.kind), verb);
    if (arg instanceof GoSlice && arg.type === '[]uint8') return this.fmtBytes(arg, verb, '[]byte');
    if (arg instanceof GoStruct && arg.type === 'complex128') return this.fmtComplex(arg, verb);
    if (!this.handleMethods(arg, verb)) this.printValue(arg, verb, 0);
  }

  /** printValue is Go's reflection-based printer; `depth` > 0 inside composites. */
  printValue(v: GoValue, verb: string, depth: number, skipMethods = false): void {
    if (v instanceof GoStruct && v.type === 'complex128') {
      this.arg = v;
      this.argIsValue = true;
      return this.fmtComplex(v, verb);
    }
    if (depth > 0 && !skipMethods && !isNil(v)) {
      this.arg = v;
      if (this.handleMethods(v, verb)) return;
    }
    this.arg = v;
    this.argIsValue = true;
    if (isNil(v)) {
      // A nil interface element of a container.
      this.buf += this.sharpV ? 'interface {}' + NIL_PAREN : NIL_ANGLE;
      return;
    }
    switch (typeof v) {
      case 'string':
        return this.fmtString(v, verb);
      case 'number':
        return this.fmtFloat(v, verb);
      case 'boolean':
        return this.fmtBool(v, verb);
    }
    if (v instanceof GoInt) return this.fmtIntegerVerb(BigInt.asUintN(64, v.v), isSignedKind(v.kind), verb);
    if (v instanceof GoMap) return this.printMap(v, verb, depth);
    if (v instanceof GoSlice) return this.printSlice(v, verb, depth);
    if (v instanceof GoStruct) return this.printStruct(v, verb, depth);
    if (v instanceof GoTime) return this.printTime(v, verb);
    return this.fmtPointer(v, verb);
  }

  printMap(m: GoMap, verb: string, depth: number): void {
    if (this.sharpV) this.buf += m.type + '{';
    else this.buf += 'map[';
    let i = 0;
    for (const k of m.sortedKeys()) {
      if (i++ > 0) this.buf += this.sharpV ? ', ' : ' ';
      this.printValue(k, verb, depth + 1);
      this.buf += ':';
      this.printValue(m.entries.get(k), verb, depth + 1);
    }
    this.buf += this.sharpV ? '}' : ']';
  }

  printSlice(s: GoSlice, verb: string, depth: number): void {
    if ((verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') && s.type === '[]uint8') {
      return this.fmtBytes(s, verb, s.type);
    }
    if (this.sharpV) {
      this.buf += s.type;
      if (s.isNil) {
        this.buf += NIL_PAREN;
        return;
      }
      this.buf += '{';
      s.items.forEach((e, i) => {
        if (i > 0) this.buf += ', ';
        this.printValue(e, verb, depth + 1);
      });
      this.buf += '}';
      return;
    }
    this.buf += '[';
    const items = s.items;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.buf += ' ';
      this.printValue(items[i], verb, depth + 1);
    }
    this.buf += ']';
  }

  printStruct(s: GoStruct, verb: string, depth: number): void {
    if (s.pointer) {
      if (depth !== 0) return this.fmtPointer(s, verb);
      this.buf += '&';
    }
    if (this.sharpV) this.buf += s.pointer ? s.type.replace(/^\*/, '') : s.type;
    this.buf += '{';
    let i = 0;
    for (const [name, f] of s.fields) {
      if (i++ > 0) this.buf += this.sharpV ? ', ' : ' ';
      if (this.plusV || this.sharpV) this.buf += name + ':';
      this.printValue(f, verb, depth + 1);
    }
    this.buf += '}';
  }

  /** printTime handles time.Time for verbs its String method does not cover (rare in templates). */
  printTime(t: GoTime, verb: string): void {
    if (this.sharpV) {
      this.buf += goTimeGoString(t);
      return;
    }
    // Go would print the struct's private fields ({wall ext loc}); we print Time.String().
    if (verb === 'v' || this.erroring) {
      this.buf += goTimeString(t);
      return;
    }
    this.badVerb(verb);
  }

  // --- doPrintf ----------------------------------------------------------------------------

  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  doPrintf(format: string, a: GoValue[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex: boolean;
    this.reordered = false;
    formatLoop: for (let i = 0; i < end; ) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 37 /* % */) i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++;
      this.clearFlags();
      simpleFormat: for (; i < end; i++) {
        const c = format[i];
        switch (c) {
          case '#':
            this.sharp = true;
            break;
          case '0':
            this.zero = true;
            break;
          case '+':
            this.plus = true;
            break;
          case '-':
            this.minus = true;
            break;
          case ' ':
            this.space = true;
            break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v') {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }

      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);

      if (i < end && format[i] === '*') {
        i++;
        [this.wid, this.widPresent, argNum] = intFromArg(a, argNum);
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        [this.wid, this.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.widPresent) this.goodArgNum = false;
      }

      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          [this.prec, this.precPresent, argNum] = intFromArg(a, argNum);
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          [this.prec, this.precPresent, i] = parsenum(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }

      if (!afterIndex) [argNum, i] = this.argNumber(argNum, format, i, a.length);

      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }

      const [r, w] = decodeAt(format, i);
      const verb = String.fromCodePoint(r);
      i += w;

      if (verb === '%') this.buf += '%';
      else if (!this.goodArgNum) this.buf += '%!' + verb + '(BADINDEX)';
      else if (argNum >= a.length) this.buf += '%!' + verb + '(MISSING)';
      else {
        if (verb === 'v') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(a[argNum], verb);
        argNum++;
      }
    }

    if (!this.reordered && argNum < a.length) {
      this.clearFlags();
      this.buf += '%!(EXTRA ';
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.buf += ', ';
        const arg = a[k];
        if (isNil(arg)) this.buf += NIL_ANGLE;
        else {
          this.buf += goTypeOf(arg) + '=';
          this.printArg(arg, 'v');
        }
      }
      this.buf += ')';
    }
  }
}

/** sharpFloat applies the `#` flag to a formatted float (`num` starts with its sign). */
function sharpFloat(num: string, verb: string, prec: number): string {
  let digits = 0;
  if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
    digits = prec;
    if (digits === -1) digits = 6;
  }
  let tail = '';
  let hasDecimalPoint = false;
  let sawNonzeroDigit = false;
  let body = num;
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    if (c === '.') {
      hasDecimalPoint = true;
      continue;
    }
    if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
      tail = body.slice(i);
      body = body.slice(0, i);
      break;
    }
    if (c !== '0') sawNonzeroDigit = true;
    if (sawNonzeroDigit) digits--;
  }
  if (!hasDecimalPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  if (digits > 0) body += '0'.repeat(digits);
  return body + tail;
}

function sliceBytes(s: GoSlice): Uint8Array {
  const out = new Uint8Array(s.items.length);
  s.items.forEach((e, i) => {
    out[i] = e instanceof GoInt ? Number(e.v & 0xffn) : typeof e === 'number' ? e & 0xff : 0;
  });
  return out;
}

/**
 * POINTER_RECEIVER_STRINGERS lists struct types whose String method has a pointer receiver:
 * fmt operands are copies (not addressable), so Go does not call it for a non-pointer value
 * (`print .Capabilities.KubeVersion` → `{v1.35.0 v1.35.0 1 35}`), while text/template's action
 * output takes the address of an addressable value and does (`{{ .Capabilities.KubeVersion }}`
 * → `v1.35.0`; the executor handles that case itself).
 */
export const POINTER_RECEIVER_STRINGERS: ReadonlySet<string> = new Set(['common.KubeVersion', 'chartutil.KubeVersion']);

function stringerOf(v: GoValue): (() => string) | undefined {
  if (v instanceof GoStruct) return v.pointer || !POINTER_RECEIVER_STRINGERS.has(v.type) ? v.stringer : undefined;
  if (v instanceof GoTime) return () => goTimeString(v);
  return undefined;
}

function goTimeGoString(t: GoTime): string {
  return `time.Time{${goTimeString(t)}}`;
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

function intFromArg(a: GoValue[], argNum: number): [number, boolean, number] {
  let num = 0;
  let isInt = false;
  let newArgNum = argNum;
  if (argNum < a.length) {
    const v = a[argNum];
    if (v instanceof GoInt) {
      if (v.v >= -(1n << 63n) && v.v < 1n << 63n) {
        num = Number(v.v);
        isInt = true;
      }
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, newArgNum];
}

// ---------------------------------------------------------------------------------------------
// Public API

/** formatValue is Go's `fmt.Sprint(v)` (`%v`) of one value. */
export function formatValue(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatFloatV(v);
  if (v instanceof GoInt) return v.v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === undefined || v === null) return NIL_ANGLE;
  const p = new Printer();
  p.printArg(v, 'v');
  return p.buf;
}

/** sprint is Go's fmt.Sprint: a space between operands only when neither is a string. */
export function sprint(args: GoValue[]): string {
  if (args.length === 1) return formatValue(args[0]);
  let out = '';
  let prevString = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) out += ' ';
    out += formatValue(arg);
    prevString = isString;
  }
  return out;
}

/** sprintln is Go's fmt.Sprintln: operands always separated by spaces, plus a newline. */
export function sprintln(args: GoValue[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += ' ';
    out += formatValue(args[i]);
  }
  return out + '\n';
}

/** sprintf is Go's fmt.Sprintf, including every inline error form. */
export function sprintf(format: string, args: GoValue[]): string {
  if (args.length === 0 && !format.includes('%')) return format;
  const p = new Printer();
  p.doPrintf(format, args);
  return p.buf;
}

/** formatVerb formats one value with a single verb (e.g. `%s` for comparisons' error text). */
export function formatVerb(v: GoValue, verb: string): string {
  const p = new Printer();
  p.printArg(v, verb);
  return p.buf;
}
