import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoMap, GoSlice, type GoValue } from '../template/value.js';
import { marshalJSON, JsonMarshalError } from './encoding/go-json.js';
import { unmarshalJSON } from './encoding/go-json-decode.js';

/** tryMarshal returns the JSON text, or undefined when json.Marshal fails. */
function tryMarshal(v: GoValue, escapeHTML: boolean, indent?: string): string | undefined {
  try {
    return marshalJSON(v, { escapeHTML, indent });
  } catch (e) {
    if (e instanceof JsonMarshalError) return undefined;
    throw e;
  }
}

/** mustMarshal returns the JSON text or fails the call with Go's error text. */
function mustMarshal(v: GoValue, escapeHTML: boolean, indent?: string): string {
  try {
    return marshalJSON(v, { escapeHTML, indent });
  } catch (e) {
    if (e instanceof JsonMarshalError) throw new FunctionError(e.message);
    throw e;
  }
}

/**
 * jsonFunctions are Helm's JSON functions (helm/helm pkg/engine/funcs.go: toJson, mustToJson,
 * fromJson, fromJsonArray) plus Sprig's (toPrettyJson, toRawJson, mustTo*Json, mustFromJson).
 *
 * `mustToJson` differs between versions only in Go form (Helm 4 panics, Helm 3 uses Sprig's
 * `(string, error)`); both surface as `error calling mustToJson: <json error>`, so one entry serves both.
 */
export const jsonFunctions: FunctionTable = {
  toJson: { params: ['interface {}'], results: ['string'], fn: (v: GoValue) => tryMarshal(v, true) ?? '' },
  mustToJson: { params: ['interface {}'], results: ['string', 'error'], fn: (v: GoValue) => mustMarshal(v, true) },
  toPrettyJson: { params: ['interface {}'], results: ['string'], fn: (v: GoValue) => tryMarshal(v, true, '  ') ?? '' },
  mustToPrettyJson: { params: ['interface {}'], results: ['string', 'error'], fn: (v: GoValue) => mustMarshal(v, true, '  ') },
  // Sprig's toRawJson uses an Encoder with SetEscapeHTML(false) and trims the Encoder's newline.
  toRawJson: { params: ['interface {}'], results: ['string'], fn: (v: GoValue) => tryMarshal(v, false) ?? '' },
  mustToRawJson: { params: ['interface {}'], results: ['string', 'error'], fn: (v: GoValue) => mustMarshal(v, false) },
  fromJson: {
    params: ['string'],
    results: ['map[string]interface {}'],
    fn: (s: string) => {
      const r = unmarshalJSON(s, 'map');
      const m = r.value instanceof GoMap ? r.value : new GoMap();
      if (r.error !== undefined) m.entries.set('Error', r.error);
      return m;
    },
  },
  fromJsonArray: {
    params: ['string'],
    results: ['[]interface {}'],
    fn: (s: string) => {
      const r = unmarshalJSON(s, 'slice');
      if (r.error !== undefined) return new GoSlice([r.error]);
      return r.value instanceof GoSlice ? r.value : new GoSlice();
    },
  },
  mustFromJson: {
    params: ['string'],
    results: ['interface {}', 'error'],
    fn: (s: string) => {
      const r = unmarshalJSON(s, 'interface');
      if (r.error !== undefined) throw new FunctionError(r.error);
      return r.value;
    },
  },
};
