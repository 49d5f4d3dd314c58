import type { FunctionTable } from '../template/registry.js';
import { FunctionError } from '../template/registry.js';
import { GoMap, GoSlice, type GoValue } from '../template/value.js';
import { unmarshalYAML, YamlLoadError } from './encoding/yaml-load.js';
import { marshalYAMLv2 } from './encoding/yaml-v2-emit.js';
import { marshalYAMLv3, YamlPrettyError } from './encoding/yaml-v3-emit.js';
import { JsonMarshalError } from './encoding/go-json.js';

/** toYAML is Helm's toYAML: sigs.k8s.io/yaml.Marshal minus the final newline; "" on error. */
function toYAML(v: GoValue): string {
  try {
    return marshalYAMLv2(v).replace(/\n$/, '');
  } catch (e) {
    if (e instanceof JsonMarshalError) return '';
    throw e;
  }
}

/**
 * yamlFunctions are Helm's YAML functions (helm/helm pkg/engine/funcs.go). `mustToYaml` exists
 * only in Helm 4; `helmFunctions(3)` deletes it.
 */
export const yamlFunctions: FunctionTable = {
  toYaml: { params: ['interface {}'], results: ['string'], fn: toYAML },
  mustToYaml: {
    params: ['interface {}'],
    results: ['string'],
    fn: (v: GoValue) => {
      try {
        return marshalYAMLv2(v).replace(/\n$/, '');
      } catch (e) {
        if (e instanceof JsonMarshalError) throw new FunctionError(e.message);
        throw e;
      }
    },
  },
  toYamlPretty: {
    params: ['interface {}'],
    results: ['string'],
    fn: (v: GoValue) => {
      try {
        return marshalYAMLv3(v).replace(/\n$/, '');
      } catch (e) {
        if (e instanceof YamlPrettyError) return '';
        throw e;
      }
    },
  },
  fromYaml: {
    params: ['string'],
    results: ['map[string]interface {}'],
    fn: (s: string) => {
      try {
        const v = unmarshalYAML(s, 'map');
        return v instanceof GoMap ? v : new GoMap();
      } catch (e) {
        if (e instanceof YamlLoadError) return new GoMap(new Map([['Error', e.message]]));
        throw e;
      }
    },
  },
  fromYamlArray: {
    params: ['string'],
    results: ['[]interface {}'],
    fn: (s: string) => {
      try {
        const v = unmarshalYAML(s, 'slice');
        return v instanceof GoSlice ? v : new GoSlice();
      } catch (e) {
        if (e instanceof YamlLoadError) return new GoSlice([e.message]);
        throw e;
      }
    },
  },
};
