import type { GoValue } from '../template/value.js';
import { GoMap } from '../template/value.js';
import { loadValuesDocuments, unmarshalYAML, yamlToJSONValue, YamlLoadError } from '../functions/encoding/yaml-load.js';
import { ChartError } from './errors.js';

/**
 * YAML as helm reads chart files, through the project's sigs.k8s.io/yaml port
 * (`src/functions/encoding/yaml-load.ts`): YAML 1.1, float64 numbers, Go error texts.
 */

/** YamlError is a YAML syntax or conversion error with go-yaml's text. */
export class YamlError extends ChartError {
  constructor(message: string) {
    super(message, 'VALUES');
  }
}

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof YamlLoadError) throw new YamlError(e.message);
    throw e;
  }
}

/** yamlToGo is `sigs.k8s.io/yaml.Unmarshal` into `interface{}` (first document). */
export function yamlToGo(text: string): GoValue {
  return wrap(() => unmarshalYAML(text));
}

/** yamlToJson is the YAML → JSON-able step (integers kept exact), used for typed struct targets. */
export function yamlToJson(text: string): GoValue {
  return wrap(() => yamlToJSONValue(text));
}

/**
 * valuesFromYaml reads a values file: Helm 4 merges every document (`LoadValues`), Helm 3
 * decodes the first into a map. Error texts are what helm wraps with `cannot load values.yaml: `.
 */
export function valuesFromYaml(text: string, helmVersion: 3 | 4): GoMap {
  if (helmVersion === 4) return wrap(() => loadValuesDocuments(text));
  const v = wrap(() => unmarshalYAML(text, 'map'));
  return v instanceof GoMap ? v : new GoMap();
}
