/**
 * Sprig's `urlParse` and `urlJoin` (Masterminds/sprig v3.3.0 `url.go`) with Go `net/url` semantics.
 */
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { goKindOf, newMap, type GoMap } from '../template/value.js';
import { formatURL, GoURLError, hostname, parseURL, userinfoString, type GoUserinfo } from './go/net-url.js';

function urlParse(s: string): GoMap {
  let u;
  try {
    u = parseURL(s);
  } catch (e) {
    if (e instanceof GoURLError) throw new FunctionError(`unable to parse url: ${e.message}`);
    throw e;
  }
  return newMap([
    ['scheme', u.scheme],
    ['host', u.host],
    ['hostname', hostname(u.host)],
    ['path', u.path],
    ['query', u.rawQuery],
    ['opaque', u.opaque],
    ['fragment', u.fragment],
    ['userinfo', u.user ? userinfoString(u.user) : ''],
  ]);
}

/** dictGetOrEmpty reads a string key; other kinds panic like Sprig's reflection check. */
function dictGetOrEmpty(d: GoMap | null, key: string): string {
  if (!d || !d.entries.has(key)) return '';
  const v = d.entries.get(key);
  if (v === null || v === undefined)
    throw new FunctionError('runtime error: invalid memory address or nil pointer dereference');
  if (typeof v !== 'string') {
    throw new FunctionError(`unable to parse ${key} key, must be of type string, but ${goKindOf(v)} found`);
  }
  return v;
}

function urlJoin(d: GoMap | null): string {
  const get = (k: string): string => dictGetOrEmpty(d, k);
  const u = {
    scheme: get('scheme'),
    host: get('host'),
    path: get('path'),
    rawQuery: get('query'),
    opaque: get('opaque'),
    fragment: get('fragment'),
    omitHost: false,
    forceQuery: false,
  };
  const userinfo = get('userinfo');
  let user: GoUserinfo | undefined;
  if (userinfo !== '') {
    try {
      user = parseURL(`proto://${userinfo}@host`).user;
    } catch (e) {
      if (e instanceof GoURLError) throw new FunctionError(`unable to parse userinfo in dict: ${e.message}`);
      throw e;
    }
  }
  return formatURL({ ...u, user });
}

/** urlFunctions: Sprig's URL family. */
export const urlFunctions: FunctionTable = {
  urlParse: { params: ['string'], results: ['map[string]interface {}'], fn: urlParse },
  urlJoin: { params: ['map[string]interface {}'], results: ['string'], fn: urlJoin },
};
