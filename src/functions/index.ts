import { FunctionRegistry, type FunctionTable } from '../template/registry.js';
import { stringFunctions } from './strings.js';
import { listFunctions } from './lists.js';
import { dictFunctions } from './dicts.js';
import { defaultFunctions } from './defaults.js';
import { mathFunctions } from './math.js';
import { conversionFunctions } from './conversion.js';
import { reflectionFunctions } from './reflection.js';
import { pathFunctions } from './paths.js';
import { encodingFunctions } from './encoding.js';
import { regexFunctions } from './regex.js';
import { semverFunctions, semverFunctionsHelm3 } from './semver.js';
import { dateFunctions } from './dates.js';
import { cryptoFunctions, cryptoFunctionsHelm3 } from './crypto.js';
import { urlFunctions } from './url.js';
import { randomFunctions } from './random.js';
import { yamlFunctions } from './yaml.js';
import { jsonFunctions } from './json.js';
import { tomlFunctions, tomlFunctionsHelm3 } from './toml.js';
import { helmCoreFunctions } from './helm-core.js';

/** sprigTables are Sprig v3.3.0's `TxtFuncMap` (what `--name-template` sees). */
export const sprigTables: FunctionTable[] = [
  stringFunctions,
  listFunctions,
  dictFunctions,
  defaultFunctions,
  mathFunctions,
  conversionFunctions,
  reflectionFunctions,
  pathFunctions,
  encodingFunctions,
  regexFunctions,
  semverFunctions,
  dateFunctions,
  cryptoFunctions,
  urlFunctions,
  randomFunctions,
];

/**
 * helmFunctions builds the function map Helm installs for chart templates
 * (helm/helm pkg/engine/funcs.go `funcMap`): Sprig, minus `env`/`expandenv`, plus Helm's own.
 * Version-specific entries (e.g. `mustToYaml` exists only in Helm 4) are resolved by the
 * tables themselves through `helmVersion`.
 */
export function helmFunctions(helmVersion: 3 | 4 = 4): FunctionRegistry {
  const r = new FunctionRegistry(...sprigTables);
  r.delete('env').delete('expandenv');
  for (const t of [yamlFunctions, jsonFunctions, tomlFunctions, helmCoreFunctions]) r.addAll(t);
  if (helmVersion === 3) {
    r.addAll(semverFunctionsHelm3); // Helm 3.17 links Masterminds/semver v3.3.0 (other texts/prerelease rules)
    r.addAll(cryptoFunctionsHelm3); // Go 1.23: SHA-1 SubjectKeyId for genCA
    r.addAll(tomlFunctionsHelm3); // Helm 3.17's BurntSushi/toml formats floats with %f
    r.delete('mustToYaml');
  }
  return r;
}
