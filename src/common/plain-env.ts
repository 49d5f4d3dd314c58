/**
 * withPlainEnv runs a synchronous function with `process.env` swapped for a plain object.
 *
 * eemeli/yaml reads `process.env.LOG_TOKENS` once per token (parse/parser.js `next`) and
 * `process.env.LOG_STREAM` once per document; `process.env` is a native getter costing about a
 * microsecond per read, a third of the parser's time on large manifests. The snapshot keeps
 * those two debug switches, so behaviour is unchanged; nothing else runs while `fn` does (it is
 * synchronous), and the real `process.env` is always put back.
 */
export function withPlainEnv<T>(fn: () => T): T {
  const real = process.env;
  const plain: NodeJS.ProcessEnv = {};
  for (const k of ['LOG_TOKENS', 'LOG_STREAM']) if (real[k] !== undefined) plain[k] = real[k];
  process.env = plain;
  try {
    return fn();
  } finally {
    process.env = real;
  }
}
