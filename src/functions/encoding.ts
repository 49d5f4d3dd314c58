/**
 * Sprig's `b64enc b64dec b32enc b32dec` (Masterminds/sprig v3.3.0 `strings.go`): standard
 * padded encodings over the string's UTF-8 bytes; a decode error is returned as the result text.
 */
import type { FunctionTable } from '../template/registry.js';
import { base32Decode, base32Encode, base64Decode, base64Encode, CorruptInputError } from './go/base-n.js';
import { utf8Bytes, utf8String } from './go/utf8.js';

function decoder(decode: (b: Uint8Array) => Uint8Array): (s: string) => string {
  return (s) => {
    try {
      return utf8String(decode(utf8Bytes(s)));
    } catch (e) {
      if (e instanceof CorruptInputError) return e.message;
      throw e;
    }
  };
}

/** encodingFunctions: Sprig's base64/base32 family. */
export const encodingFunctions: FunctionTable = {
  b64enc: { params: ['string'], results: ['string'], fn: (s: string) => base64Encode(utf8Bytes(s)) },
  b64dec: { params: ['string'], results: ['string'], fn: decoder(base64Decode) },
  b32enc: { params: ['string'], results: ['string'], fn: (s: string) => base32Encode(utf8Bytes(s)) },
  b32dec: { params: ['string'], results: ['string'], fn: decoder(base32Decode) },
};
