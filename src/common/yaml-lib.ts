import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');
let lib: YamlLib | undefined;

/**
 * yamlLib returns the `yaml` package, loaded on first use. Rendering and reading manifests go
 * through k8slint's fast readers and need the full parser only for the YAML those readers hand
 * back (anchors, block scalars, errors): loading it up front cost every cold start its 240 kB.
 * Node types are told apart by `Symbol.for` keys, so its nodes work with any copy of the package.
 */
export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)('yaml') as YamlLib);
}
