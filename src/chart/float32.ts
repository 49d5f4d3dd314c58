import { formatGoFloat } from '../functions/encoding/go-float.js';

/** formatFloat32 is Go's `strconv.FormatFloat(f, 'g', -1, 32)` (numbers landing in Chart.yaml string fields). */
export function formatFloat32(v: number): string {
  return formatGoFloat(v, 'g', -1, 32);
}
