/** Sprig v3.3.0 path functions: `path.*` and the `filepath.*` variants (`os*`, Linux semantics). */
import type { FunctionTable } from '../template/registry.js';
import { pathBase, pathClean, pathDir, pathExt, pathIsAbs } from './go/path.js';

const S = 'string';
const str = (fn: (p: string) => string) => ({ params: [S], results: [S], fn });
const isAbs = { params: [S], results: ['bool'], fn: pathIsAbs };

/** pathFunctions are base/dir/clean/ext/isAbs and osBase/osDir/osClean/osExt/osIsAbs. */
export const pathFunctions: FunctionTable = {
  base: str(pathBase),
  dir: str(pathDir),
  clean: str(pathClean),
  ext: str(pathExt),
  isAbs,
  osBase: str(pathBase),
  osDir: str(pathDir),
  osClean: str(pathClean),
  osExt: str(pathExt),
  osIsAbs: isAbs,
};
