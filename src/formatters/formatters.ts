import type { Formatter } from './formatter-context.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';

/** formatters registers every output format by name. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif,
  junit,
  github,
};

/** loadFormatter returns a formatter by name, or undefined for an unknown name. */
export function loadFormatter(name: string): Formatter | undefined {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
}
