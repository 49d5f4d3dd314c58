import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { version: string; root: string } | undefined;

/**
 * packageInfo finds k8slint's package.json by walking up from this module, so that it works
 * from src/ (tests), dist/ (tsc output) and dist/bundle/ (the bundled CLI) alike.
 */
export function packageInfo(): { version: string; root: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const f = join(dir, 'package.json');
    if (existsSync(f)) {
      const pkg = JSON.parse(readFileSync(f, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'k8slint') return (cached = { version: pkg.version ?? '0.0.0', root: dir });
    }
    const up = dirname(dir);
    if (up === dir) return (cached = { version: '0.0.0', root: dir });
    dir = up;
  }
}
