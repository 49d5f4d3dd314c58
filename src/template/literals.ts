/**
 * Constant nodes as values: Go's idealConstant (untyped context) and evalArg's literal
 * conversions to a parameter type (golang/go src/text/template/exec.go evalBool,
 * evalInteger, evalString ...). Failures throw LiteralError with Go's message; the executor
 * reports it at the literal's node.
 */
import { nodeString, type Node, type NumberNode } from './nodes.js';
import { goComplex } from './complex.js';
import { typeKind } from './go-types.js';
import { GoInt, type GoValue, type IntKind } from './value.js';

/** LiteralError carries Go's message for a constant that cannot be used where it appears. */
export class LiteralError extends Error {
  readonly code = 'LITERAL_ERROR';
}

/** idealConstant is the value of a number literal in an untyped context (int, float64 or complex128). */
export function idealConstant(n: NumberNode): GoValue {
  if (n.isComplex) return goComplex(n.complex[0], n.complex[1]);
  const text = n.text;
  const isHexInt = text.length > 2 && text[0] === '0' && (text[1] === 'x' || text[1] === 'X') && !/[pP]/.test(text);
  if (n.isFloat && !isHexInt && text[0] !== "'" && /[.eEpP]/.test(text)) return n.float64;
  if (n.isInt) return new GoInt(n.int64, 'int');
  if (n.isUint) throw new LiteralError(`${text} overflows int`);
  return undefined;
}

/** untypedLiteral is evalEmptyInterface for constant nodes (bool, number, string). */
export function untypedLiteral(n: Node): GoValue {
  switch (n.kind) {
    case 'bool':
      return n.value;
    case 'number':
      return idealConstant(n);
    case 'string':
      return n.text;
  }
  throw new LiteralError(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
}

function intBits(t: string): number {
  switch (t) {
    case 'int8':
    case 'uint8':
    case 'byte':
      return 8;
    case 'int16':
    case 'uint16':
      return 16;
    case 'int32':
    case 'uint32':
      return 32;
  }
  return 64;
}

/** typedLiteral converts a constant node for a parameter of Go type `typ` (null = untyped). */
export function typedLiteral(n: Node, typ: string | null): GoValue {
  switch (typ === null ? 'iface' : typeKind(typ)) {
    case 'bool':
      if (n.kind === 'bool') return n.value;
      throw new LiteralError(`expected bool; found ${nodeString(n)}`);
    case 'complex':
      if (n.kind === 'number' && n.isComplex) return goComplex(n.complex[0], n.complex[1]);
      throw new LiteralError(`expected complex; found ${nodeString(n)}`);
    case 'float':
      if (n.kind === 'number' && n.isFloat) return n.float64;
      throw new LiteralError(`expected float; found ${nodeString(n)}`);
    case 'int':
      if (n.kind === 'number' && n.isInt) return new GoInt(BigInt.asIntN(intBits(typ!), n.int64), typ as IntKind);
      throw new LiteralError(`expected integer; found ${nodeString(n)}`);
    case 'iface':
    case 'value':
      return untypedLiteral(n);
    case 'string':
      if (n.kind === 'string') return n.text;
      throw new LiteralError(`expected string; found ${nodeString(n)}`);
    case 'uint':
      if (n.kind === 'number' && n.isUint)
        return new GoInt(BigInt.asUintN(intBits(typ!), n.uint64), (typ === 'byte' ? 'uint8' : typ) as IntKind);
      throw new LiteralError(`expected unsigned integer; found ${nodeString(n)}`);
  }
  throw new LiteralError(`can't handle ${nodeString(n)} for arg of type ${typ}`);
}
