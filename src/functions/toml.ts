import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoMap, type GoValue } from '../template/value.js';
import { encodeTOML, TomlEncodeError, type TomlFlavor } from './encoding/toml.js';
import { decodeTOML, TomlDecodeError } from './encoding/toml-decode.js';

/** tomlTable builds toToml/fromToml for one Helm major (its BurntSushi/toml version differs). */
function tomlTable(flavor: TomlFlavor): FunctionTable {
  return {
    toToml: {
      params: ['interface {}'],
      results: ['string'],
      fn: (v: GoValue) => {
        try {
          return encodeTOML(v, flavor);
        } catch (e) {
          if (!(e instanceof TomlEncodeError)) throw e;
          // a nil value makes the encoder panic (reflect); every other failure is returned as text
          if (e.message.startsWith('reflect:')) throw new FunctionError(e.message);
          return e.message;
        }
      },
    },
    fromToml: {
      params: ['string'],
      results: ['map[string]interface {}'],
      fn: (s: string) => {
        try {
          return decodeTOML(s, flavor);
        } catch (e) {
          if (e instanceof TomlDecodeError) return new GoMap(new Map([['Error', e.message]]));
          throw e;
        }
      },
    },
  };
}

/** tomlFunctions are Helm 4's TOML functions (helm/helm pkg/engine/funcs.go toTOML/fromTOML). */
export const tomlFunctions: FunctionTable = tomlTable(4);

/** tomlFunctionsHelm3 override them for Helm 3.17 (older BurntSushi/toml). */
export const tomlFunctionsHelm3: FunctionTable = tomlTable(3);
