import type { GoMap, GoValue } from '../template/value.js';
import { isTable } from './coalesce.js';

/** tableAt is helm `Values.Table(name)`: the map at a dotted path, or undefined (ErrNoTable). */
export function tableAt(v: GoMap, name: string): GoMap | undefined {
  let table: GoMap = v;
  for (const n of name.split('.')) {
    const next = table.entries.get(n);
    if (!table.entries.has(n) || !isTable(next)) return undefined;
    table = next;
  }
  return table;
}

/** pathValue is helm `Values.PathValue(path)`: a non-table value at a dotted path, or undefined (ErrNoValue). */
export function pathValue(v: GoMap, path: string): { value: GoValue } | undefined {
  const parts = path.split('.');
  const key = parts.pop() as string;
  const t = parts.length === 0 ? v : tableAt(v, parts.join('.'));
  if (!t || !t.entries.has(key)) return undefined;
  const k = t.entries.get(key);
  if (isTable(k)) return undefined;
  return { value: k };
}
