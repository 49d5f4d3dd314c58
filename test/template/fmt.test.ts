import { describe, expect, test } from 'vitest';
import { formatGoTime, formatValue, formatVerb, sprint, sprintf, sprintln } from '../../src/template/fmt.js';
import { goComplex } from '../../src/template/complex.js';
import { goTimeIn } from '../../src/template/gotime.js';
import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, goInt, newList, newMap, type GoValue } from '../../src/template/value.js';
import { evalExpr } from './fmt-expr.js';

// Every expected string below was produced by real helm (4.1.4; 3.17.3 agrees) rendering
// `{{ <expression> | b64enc }}`; the expressions are evaluated here by a small literal evaluator.
const LITERAL_ROWS: [string, string][] = [
  ["printf \"%5.2f|%-4d|%x\" 3.14159 7 \"hi\"", " 3.14|7   |6869"],
  ["print 1 2 \"a\" 3 nil", "1 2a3 <nil>"],
  ["print \"a\" \"b\" 1 2 true false 1.5", "ab1 2 true false 1.5"],
  ["print nil nil", "<nil> <nil>"],
  ["print 1e6 1234567.0 999999.0 100000.5 123.456789 0.0001 0.00001234 1e20 12345678901234567890.0 -0.0 1.0 1e21 1e-7", "1e+06 1.234567e+06 999999 100000.5 123.456789 0.0001 1.234e-05 1e+20 1.2345678901234567e+19 -0 1 1e+21 1e-07"],
  ["println 1 \"a\" nil 2.5", "1 a <nil> 2.5\n"],
  ["printf \"%v %v %v\" 1000000.0 -1e-5 5e-324", "1e+06 -1e-05 5e-324"],
  ["printf \"%d %d\" (list 1 2) (list 1 \"a\" 2.5 nil)", "[1 2] [1 %!d(string=a) %!d(float64=2.5) <nil>]"],
  ["printf \"%s\" (list \"a\" 1 nil)", "[a %!s(int=1) <nil>]"],
  ["printf \"%v\" (dict \"b\" 1 \"a\" \"x\" \"c\" (list 1 2) \"d\" nil)", "map[a:x b:1 c:[1 2] d:<nil>]"],
  ["printf \"%s\" (dict \"x\" 1.0 \"true\" \"two\")", "map[true:two x:%!s(float64=1)]"],
  ["printf \"%d\" (dict \"a\" 1 \"b\" \"x\")", "map[%!d(string=a):1 %!d(string=b):%!d(string=x)]"],
  ["printf \"%!\"", "%!!(MISSING)"],
  ["printf \"%!d\" 1", "%!!(int=1)d"],
  ["printf \"%\"", "%!(NOVERB)"],
  ["printf \"%.2f\" 1", "%!f(int=01)"],
  ["printf \"%d\" \"x\"", "%!d(string=x)"],
  ["printf \"%s\" 3", "%!s(int=3)"],
  ["printf \"%d\" 3.0", "%!d(float64=3)"],
  ["printf \"%s %d %v %T\" nil nil nil nil", "%!s(<nil>) %!d(<nil>) <nil> <nil>"],
  ["printf \"%d\"", "%!d(MISSING)"],
  ["printf \"%d\" 1 2 \"a\"", "1%!(EXTRA int=2, string=a)"],
  ["printf \"%d %d\" 1", "1 %!d(MISSING)"],
  ["printf \"%[2]d %[1]d\" 1 2", "2 1"],
  ["printf \"%[3]d\" 1 2", "%!d(BADINDEX)"],
  ["printf \"%[0]d\" 1", "%!d(BADINDEX)"],
  ["printf \"%[x]d\" 1", "%!d(BADINDEX)"],
  ["printf \"%[2]*d\" 1 5 3", "    3"],
  ["printf \"%z\" 1", "%!z(int=1)"],
  ["printf \"%*d|%-*d|%.*f\" 5 3 4 7 2 3.14159", "    3|7   |3.14"],
  ["printf \"%*d\" \"x\" 3", "%!(BADWIDTH)3"],
  ["printf \"%.*d\" -1 3", "%!(BADPREC)3"],
  ["printf \"%*d\" -5 3", "3    "],
  ["printf \"%*d\" 1.5 3", "%!(BADWIDTH)3"],
  ["printf \"%.0f %.0f %.0f %.0f %.1f %.2f\" 0.5 1.5 2.5 3.5 0.25 1.005", "0 2 2 4 0.2 1.00"],
  ["printf \"%e %E %.2e %.0e %e\" 123456.789 0.000123 1e100 5.0 0.0", "1.234568e+05 1.230000E-04 1.00e+100 5e+00 0.000000e+00"],
  ["printf \"%g %G %.3g %.10g %g %.0g %#g %#.3g\" 1e6 1e-7 1234.5678 1.0 100000.0 123.0 1.0 2.0", "1e+06 1E-07 1.23e+03 1 100000 1e+02 1.00000 2.00"],
  ["printf \"%f %F %.3f %10.3f|%-10.3f|%010.3f|%+.2f|% .2f\" 3.0 2.5 -1.0005 3.14159 3.14159 -3.14159 2.0 2.0", "3.000000 2.500000 -1.000      3.142|3.142     |-00003.142|+2.00| 2.00"],
  ["printf \"%x %X %.3x %#x %b\" 1.0 -255.5 3.14159 1.0 1.0", "0x1p+00 -0X1.FFP+07 0x1.922p+01 0x1.0000p+00 4503599627370496p-52"],
  ["printf \"%t %t %v %5t|%-6t|\" true false true true false", "true false true  true|false |"],
  ["printf \"%t\" 1", "%!t(int=1)"],
  ["printf \"%d %5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\" 42 42 42 -42 42 42 255 255 255 255 8 8 8 5 5", "42    42|42   |-0042|+42| 42|ff|FF|0xff|0XFF|10|010|0o10|101|0b101"],
  ["printf \"%.3d|%6.3d|%-6.3d|%06.3d|%.0d|%5.0d|\" 7 7 7 7 0 0", "007|   007|007   |   007||     |"],
  ["printf \"%c %c %c %c %q %q %q %+q %U %#U %#U %U\" 65 233 128512 -1 65 10 233 233 65 233 10 -1", "A é 😀 � 'A' '\\n' 'é' '\\u00e9' U+0041 U+00E9 'é' U+000A U+FFFFFFFFFFFFFFFF"],
  ["printf \"%q %+q %#q %#q %q\" \"hi\\n\" \"héllo\" \"back\" \"a`b\" \"é\\u00a0\\u2028\\x7f\"", "\"hi\\n\" \"h\\u00e9llo\" `back` \"a`b\" \"é\\u00a0\\u2028\\x7f\""],
  ["printf \"%x %X % x % X %#x %# x %.2x %8x|%-8x|\" \"hi\" \"hi\" \"hi\" \"héllo\" \"hi\" \"hi\" \"hello\" \"hi\" \"hi\"", "6869 6869 68 69 68 C3 A9 6C 6C 6F 0x6869 0x68 0x69 6865     6869|6869    |"],
  ["printf \"%s|%5s|%-5s|%.2s|%5.1s|%05s|%-05s|\" \"abc\" \"é\" \"é\" \"héllo\" \"xyz\" \"ab\" \"ab\"", "abc|    é|é    |hé|    x|000ab|ab   |"],
  ["printf \"%v|%+v|%#v|%T\" \"s\" \"s\" \"s\" \"s\"", "s|s|\"s\"|string"],
  ["printf \"%#v %#v %#v %#v %#v %#v\" 1 1.0 1e6 \"x\" true nil", "1 1 1e+06 \"x\" true <nil>"],
  ["printf \"%#v\" (list 1 \"a\" nil 2.5)", "[]interface {}{1, \"a\", interface {}(nil), 2.5}"],
  ["printf \"%#v\" (dict \"a\" 1 \"b\" (list))", "map[string]interface {}{\"a\":1, \"b\":[]interface {}{}}"],
  ["printf \"%+v\" (dict \"a\" 1)", "map[a:1]"],
  ["printf \"%T %T %T %T %T\" (list) (dict) 1 1.5 true", "[]interface {} map[string]interface {} int float64 bool"],
  ["printf \"%p\" 1", "%!p(int=1)"],
  ["printf \"%%|%5%|%-5%|\"", "%|%|%|"],
  ["printf \"%5.2v|%.3v|%10v|%-10v|\" 3.14159 \"abcdef\" (list 1 2) 1.5", "  3.1|abc|[         1          2]|1.5       |"],
  ["printf \"%05d|%-05d|%+05d|%x|%X\" -3 3 3 -255 -255", "-0003|3    |+0003|-ff|-FF"],
  ["printf \"%s %s\" true 1.5", "%!s(bool=true) %!s(float64=1.5)"],
  ["printf \"%v\" (list (list 1 2) (dict \"a\" (list \"x\" \"y\")) \"\" \"z\")", "[[1 2] map[a:[x y]]  z]"],
  ["printf \"%d\" (list 1.5 true)", "[%!d(float64=1.5) %!d(bool=true)]"],
  ["printf \"%x\" (list 255 \"hi\" 1.0)", "[ff 6869 0x1p+00]"],
  ["printf \"%q\" (list \"a\" 1 \"b\")", "[\"a\" '\\x01' \"b\"]"],
  ["printf \"%6.2f|%-8.3e|%+g\" 1234.5678 1234.5678 1.0", "1234.57|1.235e+03|+1"],
  ["printf \"%10.4v|\" 3.14159265", "     3.142|"],
  ["printf \"%e\" 1e-300", "1.000000e-300"],
  ["printf \"%.20f\" 0.1", "0.10000000000000000555"],
  ["printf \"%.17g %.16g %g\" 0.1 0.1 0.1", "0.10000000000000001 0.1 0.1"],
  ["printf \"%g %g %g\" 1e-4 1e-5 123456789.0", "0.0001 1e-05 1.23456789e+08"],
  ["printf \"%.3e\" 9.9996", "1.000e+01"],
  ["printf \"%.2f %.2f %.2f\" 2.675 0.125 0.375", "2.67 0.12 0.38"],
  ["printf \"%5c|%-5c|%05c|\" 65 65 65", "    A|A    |0000A|"],
  ["printf \"%08.3e|%+08.3e|%-8.1f|\" 3.14159 3.14159 3.14159", "3.142e+00|+3.142e+00|3.1     |"],
  ["printf \"%v %v\" 9223372036854775807 -9223372036854775808", "9223372036854775807 -9223372036854775808"],
  ["printf \"%d %x %o %b\" -9223372036854775808 -1 -8 -5", "-9223372036854775808 -1 -10 -101"],
  ["printf \"%.2f\" 1e22", "10000000000000000000000.00"],
  ["printf \"%f\" 1e21", "1000000000000000000000.000000"],
  ["printf \"%v %v %v\" 100000.0 1000000.0 0.00001", "100000 1e+06 1e-05"],
  ["printf \"%3c|%-4q|%6U|\" 9731 65 65", "  ☃|'A' |U+0041|"],
  ["printf \"%x\" \"\"", ""],
  ["printf \"%5x|%-5x|\" \"\" \"\"", "     |     |"],
  ["printf \"%s\" \"\"", ""],
  ["printf \"%v\" (list)", "[]"],
  ["printf \"%s %s\" (index \"é\" 0) (list (index \"é\" 0))", "%!s(uint8=195) [%!s(uint8=195)]"],
  ["printf \"%v %d %x %c %q %T\" (index \"é\" 0) (index \"é\" 0) (index \"é\" 0) (index \"é\" 1) (index \"hé\" 0) (index \"é\" 0)", "195 195 c3 © 'h' uint8"],
];

const VALUES_ROWS: [string, string][] = [
  ["print .Values.l .Values.m", "[1 a <nil> 2.5 true] map[a:[x true] b:1 c:map[d:<nil>]]"],
  ["printf \"%v %d %s\" .Values.m .Values.m .Values.m", "map[a:[x true] b:1 c:map[d:<nil>]] map[%!d(string=a):[%!d(string=x) %!d(bool=true)] %!d(string=b):%!d(float64=1) %!d(string=c):map[%!d(string=d):<nil>]] map[a:[x %!s(bool=true)] b:%!s(float64=1) c:map[d:<nil>]]"],
  ["printf \"%5v|%-5v|%05v\" .Values.l .Values.l .Values.l", "[    1     a <nil>   2.5  true]|[1     a     <nil> 2.5   true ]|[00001 0000a <nil> 002.5 0true]"],
  ["printf \"%v %T %d %x %q\" .Values.i .Values.i .Values.i .Values.i .Values.i", "65 int64 65 41 'A'"],
  ["printf \"%v %T\" .Values.bigi .Values.bigi", "9223372036854775807 int64"],
  ["printf \"%v %T\" .Values.str .Values.str", "010 string"],
  ["printf \"%*d\" .Values.i 5", "                                                                5"],
  ["printf \"%.*f\" .Values.i 3.14159", "3.14158999999999988261834005243144929409027099609375000000000000000"],
  ["printf \"%c %U\" .Values.i .Values.i", "A U+0041"],
  ["printf \"%#v\" .Values.m", "map[string]interface {}{\"a\":[]interface {}{\"x\", true}, \"b\":1, \"c\":map[string]interface {}{\"d\":interface {}(nil)}}"],
  ["printf \"%+v\" .Values.l", "[1 a <nil> 2.5 true]"],
  ["print 0.1 0.2 0.30000000000000004 1e-4 9.999999e-5 123456.0 1234567.0 0.000123", "0.1 0.2 0.30000000000000004 0.0001 9.999999e-05 123456 1.234567e+06 0.000123"],
  ["printf \"%v %v %v %v\" 1.7976931348623157e308 2.2250738585072014e-308 4.9e-324 -1.5e-10", "1.7976931348623157e+308 2.2250738585072014e-308 5e-324 -1.5e-10"],
  ["printf \"%.3f %.1f %.0f %.0f %.0f\" 1.0005 0.05 -0.5 -1.5 0.49999999999999994", "1.000 0.1 -0 -2 0"],
  ["printf \"%.1e %.2e %.0e\" 1.25 1.255 2.5", "1.2e+00 1.25e+00 2e+00"],
  ["printf \"%g %g\" 1e5 1e6", "100000 1e+06"],
  ["printf \"%.5g %.5g %.5g\" 123456.0 12345.0 0.000012345", "1.2346e+05 12345 1.2345e-05"],
  ["printf \"%#.0f %#.0e %#x %#g %#g\" 3.0 3.0 3.0 1e6 123456789.0", "3. 3.e+00 0x1.8000p+01 1.00000e+06 1.23456789e+08"],
  ["printf \"%08.2f|%-08.2f|%+08.2f|% 08.2f\" -1.5 -1.5 1.5 1.5", "-0001.50|-1.50   |+0001.50| 0001.50"],
  ["printf \"%x %x\" 0.0 -0.0", "0x0p+00 -0x0p+00"],
  ["printf \"%b %b\" 0.0 -2.5", "0p-1074 -5629499534213120p-51"],
  ["printf \"%.0x %.1x %.20x\" 1.5 1.96875 1.0", "0x1p+01 0x1.0p+01 0x1.00000000000000000000p+00"],
  ["printf \"%6.2x|%-12x|%012x\" 1.5 1.5 1.5", "0x1.80p+00|0x1.8p+00   |0000x1.8p+00"],
  ["printf \"%X\" 1e300", "0X1.7E43C8800759CP+996"],
  ["printf \"%x\" 5e-324", "0x1p-1074"],
  ["printf \"%s\" (list (list \"a\" \"b\") \"c\")", "[[a b] c]"],
  ["printf \"%q\" (dict \"k\" \"v\\n\")", "map[\"k\":\"v\\n\"]"],
  ["printf \"%x\" (dict \"k\" \"v\")", "map[6b:76]"],
  ["printf \"% x|% X|%# x\" (list \"ab\" \"c\") \"héllo\" \"ab\"", "[61 62 63]|68 C3 A9 6C 6C 6F|0x61 0x62"],
  ["printf \"%08q|%-8q|%8q\" \"a\" \"a\" \"a\"", "00000\"a\"|\"a\"     |     \"a\""],
  ["printf \"%.1q|%.3q\" \"héllo\" \"héllo\"", "\"h\"|\"hél\""],
  ["printf \"%5.1x|%.1x|%.0x|%5.0x|\" \"hello\" \"hello\" \"hello\" \"hello\"", "   68|68||     |"],
  ["printf \"%t %t\" nil (list true false)", "%!t(<nil>) [true false]"],
  ["printf \"%v%v\" \"a\" nil", "a<nil>"],
  ["printf \"%s%v%d\" \"x\"", "x%!v(MISSING)%!d(MISSING)"],
  ["printf \"%[1]d %d %d\" 1 2 3", "1 2 3"],
  ["printf \"%[2]d %[2]d\" 1 2", "2 2"],
  ["printf \"%d %[1]d %d\" 1 2", "1 1 2"],
  ["printf \"%[1]*.[2]*[3]f\" 8 2 3.14159", "    3.14"],
  ["printf \"%[5]d\" 1 2", "%!d(BADINDEX)"],
  ["printf \"%.[2]d\" 1 2", "2"],
  ["printf \"%[2]2d\" 1 2", "%!d(BADINDEX)"],
  ["printf \"%[]d\" 1", "%!d(BADINDEX)"],
  ["printf \"%[1\" 1", "%!(NOVERB)"],
  ["printf \"%.d %.f %.s|\" 5 2.5 \"ab\"", "5 2 |"],
  ["printf \"%-+ #0d\" 5", "+5"],
  ["printf \"%+-5d|%0-5d|%-05d|\" 5 5 5", "+5   |5    |5    |"],
  ["printf \"% +d % d %+ d\" 5 -5 5", "+5 -5 +5"],
  ["printf \"%+q %+v %+s\" \"é\" \"é\" \"é\"", "\"\\u00e9\" é é"],
  ["printf \"%#q %#q\" \"\\t\" \"\\x01\"", "`\t` \"\\x01\""],
  ["printf \"%#v %#v\" \"é\\n\" (list)", "\"é\\n\" []interface {}{}"],
  ["printf \"%#+v\" 1", "1"],
  ["printf \"%v %v\" 'a' '\\n'", "97 10"],
  ["printf \"%ℤ\" 1", "%!ℤ(int=1)"],
  ["printf \"%é%d\" 1", "%!é(int=1)%!d(MISSING)"],
  ["print (list) (dict) (list nil)", "[] map[] [<nil>]"],
  ["print \"\" \"\" 1 \"\" 2", "12"],
  ["print 1 \"\" 2", "12"],
  ["print (list \"a\") (list \"b\") \"c\" 1 (dict) 2", "[a] [b]c1 map[] 2"],
  ["println", "\n"],
  ["println nil", "<nil>\n"],
  ["print", ""],
  ["printf \"%v\" (list (dict \"a\" nil) nil)", "[map[a:<nil>] <nil>]"],
];

const VALUES: Record<string, GoValue> = {
  big: 1.2345678901234567e19,
  f: 1.5,
  s: 'str',
  z: null,
  l: newList([1, 'a', null, 2.5, true]),
  m: newMap([
    ['b', 1],
    ['a', newList(['x', true])],
    ['c', newMap([['d', null]])],
  ]),
  neg: -0,
  i: goInt(65, 'int64'),
  bigi: goInt(9223372036854775807n, 'int64'),
  str: '010',
};

describe('Go fmt via print/printf/println (helm-verified)', () => {
  test.each(LITERAL_ROWS)('%s', (expr, want) => {
    expect(evalExpr(expr)).toBe(want);
  });
  test.each(VALUES_ROWS)('%s', (expr, want) => {
    expect(evalExpr(expr, VALUES)).toBe(want);
  });
});

const utc = (iso: string, nanos = 0n): GoTime => new GoTime(BigInt(Date.parse(iso)) * 1_000_000n + nanos);

describe('formatValue (%v) of every GoValue kind', () => {
  const kube = new Map<string, GoValue>([
    ['Version', 'v1.35.0'],
    ['Major', '1'],
  ]);
  test.each<[string, GoValue, string]>([
    ['string', 'x', 'x'],
    ['int', goInt(-3), '-3'],
    ['uint64 max', goInt((1n << 64n) - 1n, 'uint64'), '18446744073709551615'],
    ['uint8', goInt(195, 'uint8'), '195'],
    ['float thresholds', 999999.5, '999999.5'],
    ['float 1e6', 1e6, '1e+06'],
    ['float -0', -0, '-0'],
    ['bool', false, 'false'],
    ['untyped nil', undefined, '<nil>'],
    ['nil interface', null, '<nil>'],
    ['[]uint8 as bytes', new GoSlice([goInt(104, 'uint8'), goInt(105, 'uint8')], '[]uint8'), '[104 105]'],
    ['nil slice', new GoSlice([], '[]interface {}', true), '[]'],
    ['[]string', new GoSlice(['a', '', 'b'], '[]string'), '[a  b]'],
    ['map[string]string', new GoMap(new Map([['z', 'y'], ['a', 'b']]), 'map[string]string'), 'map[a:b z:y]'],
    ['struct', new GoStruct('common.KubeVersion', kube), '{v1.35.0 1}'],
    ['struct pointer at top level', new GoStruct('*common.KubeVersion', kube, {}, true), '&{v1.35.0 1}'],
    ['Stringer', new GoStruct('*common.KubeVersion', kube, {}, true, () => 'v1.35.0'), 'v1.35.0'],
    ['Stringer inside a list', newList([new GoStruct('x.T', kube, {}, false, () => 'S')]), '[S]'],
    ['time.Time', utc('2020-03-04T00:00:00Z'), '2020-03-04 00:00:00 +0000 UTC'],
    ['time.Time with nanos', utc('2020-03-04T05:06:07Z', 123456789n), '2020-03-04 05:06:07.123456789 +0000 UTC'],
    ['time.Time fixed zone without name', new GoTime(BigInt(Date.parse('2020-03-04T05:06:07+05:30')) * 1_000_000n, '', 19800, ''), '2020-03-04 05:06:07 +0530 +0530'],
    ['time.Time in a list', newList([utc('2020-03-04T00:00:00Z')]), '[2020-03-04 00:00:00 +0000 UTC]'],
  ])('%s', (_name, v, want) => {
    expect(formatValue(v)).toBe(want);
    expect(sprint([v])).toBe(want);
  });

  test('nested struct pointers print as an address, not their fields', () => {
    const inner = new GoStruct('*x.T', new Map([['A', 1]]), {}, true);
    expect(formatValue(newList([inner]))).toMatch(/^\[0x[0-9a-f]+\]$/);
  });

  test('%+v and %#v of a struct name the fields', () => {
    const s = new GoStruct('chart.Meta', new Map<string, GoValue>([['Name', 'c'], ['Version', goInt(1)]]));
    expect(sprintf('%+v', [s])).toBe('{Name:c Version:1}');
    expect(sprintf('%#v', [s])).toBe('chart.Meta{Name:"c", Version:1}');
  });

  test('[]uint8 with %s, %x, %q, %#v and a bad verb', () => {
    const b = new GoSlice([goInt(104, 'uint8'), goInt(105, 'uint8')], '[]uint8');
    expect(sprintf('%s|%x|% X|%q|%#v|%5d|%t', [b, b, b, b, b, b, b])).toBe('hi|6869|68 69|"hi"|[]byte{0x68, 0x69}|[  104   105]|[%!t(uint8=104) %!t(uint8=105)]');
  });

  test('%p and %v of reference values', () => {
    expect(sprintf('%p', [newList([1])])).toMatch(/^0x[0-9a-f]+$/);
    expect(sprintf('%p', [new GoSlice([], '[]interface {}', true)])).toBe('0x0');
    expect(formatValue(new GoFunc('func() string', [], ['string'], () => ''))).toMatch(/^0x[0-9a-f]+$/);
  });

  test('a pointer-receiver String is not called on a (non-addressable) struct copy', () => {
    const kv = new GoStruct('common.KubeVersion', new Map<string, GoValue>([['Version', 'v1.35.0'], ['Major', '1']]), {}, false, () => 'v1.35.0');
    expect(sprint([kv])).toBe('{v1.35.0 1}');
    expect(sprintf('%s|%+v', [kv, kv])).toBe('{v1.35.0 1}|{Version:v1.35.0 Major:1}');
    const ptr = new GoStruct('*common.KubeVersion', kv.fields, {}, true, () => 'v1.35.0');
    expect(sprint([ptr])).toBe('v1.35.0');
  });

  test('a Stringer is not used under %d or %#v', () => {
    const s = new GoStruct('x.T', new Map<string, GoValue>([['N', goInt(7)]]), {}, false, () => 'S');
    expect(sprintf('%s|%v|%d|%x', [s, s, s, s])).toBe('S|S|{7}|53');
  });

  test('%w outside Errorf (helm-verified)', () => {
    expect(evalExpr('printf "%w|%w|%w|%w" 1 "a" (list 1 "b") (dict "k" 1)')).toBe(
      '%!w(int=1)|%!w(string=a)|%!w([]interface {}=[1 b])|%!w(map[string]interface {}=map[k:1])',
    );
  });

  test('time.Time under string verbs (helm-verified)', () => {
    const t = utc('2020-03-04T00:00:00Z');
    expect(sprintf('%s|%q|%x|%5v|%-30v|', [t, t, t, newList([t]), t])).toBe(
      '2020-03-04 00:00:00 +0000 UTC|"2020-03-04 00:00:00 +0000 UTC"|323032302d30332d30342030303a30303a3030202b3030303020555443|[2020-03-04 00:00:00 +0000 UTC]|2020-03-04 00:00:00 +0000 UTC |',
    );
  });

  test('formatVerb formats one operand like Sprintf("%<verb>")', () => {
    expect(formatVerb(newMap([['x', 1]]), 's')).toBe('map[x:%!s(float64=1)]');
  });
});

describe('Sprint/Sprintln spacing', () => {
  test.each(([
    [[goInt(1), goInt(2)], '1 2', '1 2\n'],
    [['a', goInt(1), 'b'], 'a1b', 'a 1 b\n'],
    [[null, null], '<nil> <nil>', '<nil> <nil>\n'],
    [[undefined, 'x', undefined], '<nil>x<nil>', '<nil> x <nil>\n'],
    [[], '', '\n'],
    [[1.5, true, newList([])], '1.5 true []', '1.5 true []\n'],
  ] as [GoValue[], string, string][]).map(([a, w, l]) => [w, a, l] as [string, GoValue[], string]))('sprint → %j', (want, args, wantLn) => {
    expect(sprint(args)).toBe(want);
    expect(sprintln(args)).toBe(wantLn);
  });
});

describe('formatGoTime (helm dateInZone, verified)', () => {
  const at = (iso: string): bigint => BigInt(Date.parse(iso)) * 1_000_000n;
  const L = '2006-01-02 15:04:05.999999999 -0700 MST';
  test('every layout element', () => {
    const t = goTimeIn(at('2020-03-04T05:06:07.120Z'), 'Asia/Tokyo');
    const layout =
      'Mon Jan _2 15:04:05.000 MST 2006 -07:00 Z07:00 pm PM __2 002 3 03 4 5 06 January Monday 1 01 2 02 .999 ,000000 -0700 -07 -070000 -07:00:00 Z0700 Z07 Z070000 Z07:00:00';
    expect(formatGoTime(t, layout)).toBe(
      'Wed Mar  4 14:06:07.120 JST 2020 +09:00 +09:00 pm PM  64 064 2 02 6 7 20 March Wednesday 3 03 4 04 .12 ,120000 +0900 +09 +090000 +09:00:00 +0900 +09 +090000 +09:00:00',
    );
  });
  test('literal text that only looks like elements', () => {
    const t = goTimeIn(at('2020-12-31T23:06:07.900Z'), 'UTC');
    expect(formatGoTime(t, '_2006 Jan Janx Mon Monx MST 15 3pm 05.9 05.90 .0a 1 12 002 __2')).toBe('_2020 Dec Janx Thu Monx UTC 23 11pm 07.9 07.90 .9a 12 1231 366 366');
  });
  test('ISO zone Z and negative sub-second instants', () => {
    expect(formatGoTime(goTimeIn(at('1969-12-31T23:59:59.500Z'), 'UTC'), '2006-01-02T15:04:05.000Z07:00')).toBe('1969-12-31T23:59:59.500Z');
  });
  test.each([
    ['2020-07-04', 'America/New_York', '2020-07-04 01:06:07 -0400 EDT'],
    ['2020-01-04', 'Europe/Berlin', '2020-01-04 06:06:07 +0100 CET'],
    ['2020-07-04', 'Europe/Berlin', '2020-07-04 07:06:07 +0200 CEST'],
    ['2020-07-04', 'Asia/Kolkata', '2020-07-04 10:36:07 +0530 IST'],
    ['2020-07-04', 'Asia/Singapore', '2020-07-04 13:06:07 +0800 +08'],
    ['2020-07-04', 'Australia/Sydney', '2020-07-04 15:06:07 +1000 AEST'],
    ['2020-07-04', 'America/Sao_Paulo', '2020-07-04 02:06:07 -0300 -03'],
    ['2020-07-04', 'Europe/London', '2020-07-04 06:06:07 +0100 BST'],
    ['2020-01-04', 'Europe/London', '2020-01-04 05:06:07 +0000 GMT'],
    ['2020-07-04', 'Asia/Shanghai', '2020-07-04 13:06:07 +0800 CST'],
    ['2020-07-04', 'America/Los_Angeles', '2020-07-03 22:06:07 -0700 PDT'],
    ['2020-07-04', 'Asia/Kathmandu', '2020-07-04 10:51:07 +0545 +0545'],
    ['2020-07-04', 'Asia/Dubai', '2020-07-04 09:06:07 +0400 +04'],
    ['2020-07-04', 'Europe/Moscow', '2020-07-04 08:06:07 +0300 MSK'],
    ['2020-07-04', 'UTC', '2020-07-04 05:06:07 +0000 UTC'],
  ])('%s in %s', (day, zone, want) => {
    expect(formatGoTime(goTimeIn(at(`${day}T05:06:07Z`), zone), L)).toBe(want);
  });
});

test('GoInt kinds print their own width', () => {
  expect(sprintf('%x %d %T', [goInt(-1, 'int8'), new GoInt(255n, 'uint8'), goInt(1, 'int32')])).toBe('-1 255 int32');
});

test('complex128 values (helm-verified)', () => {
  const c = goComplex(1, 2);
  const i1 = goComplex(0, 1);
  expect(sprintf('%v|%.2f|%d|%5v|%+v|%#v|%T|%e|%x|%s', [c, c, c, c, c, c, c, goComplex(0, -1.5), goComplex(0, 2), i1])).toBe(
    '(1+2i)|(1.00+2.00i)|%!d(complex128=(1+2i))|(    1   +2i)|(1+2i)|(1+2i)|complex128|(0.000000e+00-1.500000e+00i)|(0x0p+00+0x1p+01i)|%!s(complex128=(0+1i))',
  );
  expect(sprint([c, goComplex(0, 3), newList([goComplex(0, 2), goComplex(0, -0)])])).toBe('(1+2i) (0+3i) [(0+2i) (0-0i)]');
  expect(sprintf('%08.2f|%-8v|% v|%q', [c, i1, i1, i1])).toBe('(00001.00+0002.00i)|(0       +1      i)|( 0+1i)|%!q(complex128=(0+1i))');
});
