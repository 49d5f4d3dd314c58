/**
 * Go strconv as Sprig's conversions use it (`spf13/cast`, `atoi`, `toDecimal`, `quote`): thin
 * adapters over the engine's strconv port (src/template/strconv.ts), which has the parsing,
 * underscore and quoting rules.
 */
import { ParseFloat, ParseInt, Quote } from '../../template/strconv.js';

/** ParsedInt is strconv's (value, error): on overflow Go returns the clamped value plus an error. */
export interface ParsedInt {
  value: bigint;
  err?: 'syntax' | 'range';
}

/** parseInt64 is strconv.ParseInt(s, base, 64). */
export function parseInt64(s: string, base: number): ParsedInt {
  const r = ParseInt(s, base, 64);
  if (!r.err) return { value: r.value };
  return { value: r.value, err: r.err.reason === 'value out of range' ? 'range' : 'syntax' };
}

/** parseFloat64 is strconv.ParseFloat(s, 64); undefined stands for any error (cast then yields 0). */
export function parseFloat64(s: string): number | undefined {
  const r = ParseFloat(s, 64);
  return r.err ? undefined : r.value;
}

/** quote is Go's strconv.Quote (invalid bytes as `\xNN`). */
export const quote = Quote;
