import type { GoTime } from '../../template/value.js';
import { JsonMarshalError } from './json-errors.js';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * formatRFC3339Nano formats a time like Go's `t.Format(time.RFC3339Nano)`; with `forJSON`
 * it fails like `Time.MarshalJSON` for years outside [0,9999].
 */
export function formatRFC3339Nano(t: GoTime, forJSON = false): string {
  const localNano = t.unixNano + BigInt(t.offset) * 1_000_000_000n;
  let secs = localNano / 1_000_000_000n;
  let nanos = localNano % 1_000_000_000n;
  if (nanos < 0n) {
    nanos += 1_000_000_000n;
    secs -= 1n;
  }
  const d = new Date(Number(secs) * 1000);
  const year = d.getUTCFullYear();
  if (forJSON && (year < 0 || year > 9999)) throw new JsonMarshalError('json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]');
  let s = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  if (nanos !== 0n) s += '.' + pad(Number(nanos), 9).replace(/0+$/, '');
  if (t.offset === 0) return s + 'Z';
  const off = Math.abs(t.offset);
  return `${s}${t.offset < 0 ? '-' : '+'}${pad(Math.floor(off / 3600), 2)}:${pad(Math.floor((off % 3600) / 60), 2)}`;
}
