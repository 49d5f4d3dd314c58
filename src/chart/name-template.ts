import { FunctionRegistry } from '../template/registry.js';
import { renderTemplate } from '../template/index.js';
import { sprigTables } from '../functions/index.js';

/**
 * renderNameTemplate is helm's `--name-template` (pkg/action/install.go `TemplateName`):
 * rendered with plain Sprig functions against nil data.
 */
export function renderNameTemplate(text: string): string {
  const funcs = new FunctionRegistry(...sprigTables);
  return renderTemplate('name-template', text, null, { funcs, helmVersion: 4 });
}
