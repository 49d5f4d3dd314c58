/**
 * complex128 values (template literals such as `1+2i`). The value model has no complex
 * type, so a complex number is a GoStruct of type `complex128` with fields `real`/`imag`
 * and a stringer printing Go's `(1+2i)`; builtins treat it as a complex basic kind.
 */
import { formatValue } from './fmt.js';
import { GoStruct, type GoValue } from './value.js';

/** goComplex makes a complex128 value. */
export function goComplex(re: number, im: number): GoStruct {
  const fields = new Map<string, GoValue>([
    ['real', re],
    ['imag', im],
  ]);
  const str = (): string => {
    const i = formatValue(im);
    return `(${formatValue(re)}${i.startsWith('-') || i.startsWith('+') ? '' : '+'}${i === 'NaN' ? 'NaN' : i}i)`;
  };
  return new GoStruct('complex128', fields, {}, false, str);
}

/** complexParts returns [real, imag] of a complex128 value, or undefined for other values. */
export function complexParts(v: GoValue): [number, number] | undefined {
  if (v instanceof GoStruct && v.type === 'complex128')
    return [v.fields.get('real') as number, v.fields.get('imag') as number];
  return undefined;
}
