/** JsonMarshalError carries Go's json.Marshal error text (UnsupportedValueError, UnsupportedTypeError…). */
export class JsonMarshalError extends Error {
  readonly code = 'JSON_MARSHAL';
}
