/**
 * Go's `net/url` Parse and URL.String (as used by Sprig's urlParse/urlJoin). Go works on
 * bytes, so strings are processed as "binary strings" (one char per UTF-8 byte) internally.
 */
import { goQuote } from '../../template/strconv.js';

type Mode = 'path' | 'host' | 'zone' | 'userPassword' | 'queryComponent' | 'fragment';

/** GoURLError is a parse failure; `message` is Go's `err.Error()` text. */
export class GoURLError extends Error {
  readonly code = 'GO_URL';
  constructor(message: string) {
    super(message);
    this.name = 'GoURLError';
  }
}

/** GoUserinfo is `*url.Userinfo`. */
export interface GoUserinfo {
  username: string;
  password?: string;
}

/** GoURL is the subset of `url.URL` Sprig reads and writes (all strings are JS strings). */
export interface GoURL {
  scheme: string;
  opaque: string;
  user?: GoUserinfo;
  host: string;
  path: string;
  omitHost: boolean;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
}

const toBin = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');
const fromBin = (s: string): string => Buffer.from(s, 'latin1').toString('utf8');
const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
const isAlnum = (c: string): boolean => /^[a-zA-Z0-9]$/.test(c);

function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'userPassword':
        return '@/?:'.includes(c);
      case 'path':
        return c === '?';
      case 'queryComponent':
        return true;
      case 'fragment':
        return false;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

/** escapeBin percent-encodes a binary string for `mode` (Go's `escape`). */
function escapeBin(s: string, mode: Mode): string {
  let out = '';
  for (const c of s) {
    if (c === ' ' && mode === 'queryComponent') out += '+';
    else if (shouldEscape(c, mode)) out += '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
    else out += c;
  }
  return out;
}

/** escape is Go's url `escape` on a JS string. */
export function escape(s: string, mode: Mode): string {
  return fromBin(escapeBin(toBin(s), mode));
}

function unescapeBin(s: string, mode: Mode): string {
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
        throw new GoURLError(`invalid URL escape ${goQuote(fromBin(s.slice(i, i + 3)))}`);
      }
      const v = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === 'host' && parseInt(s[i + 1], 16) < 8 && s.slice(i, i + 3) !== '%25') {
        throw new GoURLError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
      }
      if (
        mode === 'zone' &&
        s.slice(i, i + 3) !== '%25' &&
        v !== 0x20 &&
        shouldEscape(String.fromCharCode(v), 'host')
      ) {
        throw new GoURLError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
      }
      i += 3;
    } else {
      if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
        throw new GoURLError(`invalid character ${goQuote(c)} in host name`);
      }
      i++;
    }
  }
  return s.replace(/%([0-9a-fA-F]{2})|\+/g, (m, h: string | undefined) =>
    h ? String.fromCharCode(parseInt(h, 16)) : mode === 'queryComponent' ? ' ' : m,
  );
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new GoURLError('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

const validOptionalPort = (p: string): boolean => p === '' || /^:[0-9]*$/.test(p);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new GoURLError("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new GoURLError(`invalid port ${goQuote(fromBin(colonPort))} after host`);
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) {
      return (
        unescapeBin(host.slice(0, zone), 'host') +
        unescapeBin(host.slice(zone, i), 'zone') +
        unescapeBin(host.slice(i), 'host')
      );
    }
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1 && !validOptionalPort(host.slice(i))) {
      throw new GoURLError(`invalid port ${goQuote(fromBin(host.slice(i)))} after host`);
    }
  }
  return unescapeBin(host, 'host');
}

const USERINFO_OK = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

function parseAuthority(authority: string): { user?: GoUserinfo; host: string } {
  const i = authority.lastIndexOf('@');
  const host = parseHost(i < 0 ? authority : authority.slice(i + 1));
  if (i < 0) return { host };
  const userinfo = authority.slice(0, i);
  if (!USERINFO_OK.test(userinfo)) throw new GoURLError('net/url: invalid userinfo');
  const colon = userinfo.indexOf(':');
  if (colon < 0) return { user: { username: fromBin(unescapeBin(userinfo, 'userPassword')) }, host };
  return {
    user: {
      username: fromBin(unescapeBin(userinfo.slice(0, colon), 'userPassword')),
      password: fromBin(unescapeBin(userinfo.slice(colon + 1), 'userPassword')),
    },
    host,
  };
}

function emptyURL(): GoURL {
  return { scheme: '', opaque: '', host: '', path: '', omitHost: false, forceQuery: false, rawQuery: '', fragment: '' };
}

/** parseURLBin is Go's unexported `parse(rawURL, false)` on a binary string. */
function parseURLBin(raw: string): GoURL {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new GoURLError('net/url: invalid control character in URL');
  const u = emptyURL();
  if (raw === '*') return { ...u, path: '*' };
  const [scheme, afterScheme] = getScheme(raw);
  u.scheme = scheme.toLowerCase();
  let rest = afterScheme;
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      u.rawQuery = fromBin(rest.slice(q + 1));
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/')) {
    if (u.scheme !== '') return { ...u, opaque: fromBin(rest) };
    if (rest.split('/')[0].includes(':')) throw new GoURLError('first path segment in URL cannot contain colon');
  }
  if ((u.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const i = authority.indexOf('/');
    if (i >= 0) [authority, rest] = [authority.slice(0, i), authority.slice(i)];
    const a = parseAuthority(authority);
    u.user = a.user;
    u.host = fromBin(a.host);
  } else if (u.scheme !== '' && rest.startsWith('/')) {
    u.omitHost = true;
  }
  u.path = fromBin(unescapeBin(rest, 'path'));
  return u;
}

/** parseURL is `url.Parse`; it throws {@link GoURLError} with Go's `parse "…": …` text. */
export function parseURL(raw: string): GoURL {
  const bin = toBin(raw);
  const hash = bin.indexOf('#');
  const main = hash < 0 ? bin : bin.slice(0, hash);
  let u: GoURL;
  try {
    u = parseURLBin(main);
  } catch (e) {
    if (e instanceof GoURLError) throw new GoURLError(`parse ${goQuote(fromBin(main))}: ${e.message}`);
    throw e;
  }
  if (hash < 0) return u;
  try {
    u.fragment = fromBin(unescapeBin(bin.slice(hash + 1), 'fragment'));
  } catch (e) {
    if (e instanceof GoURLError) throw new GoURLError(`parse ${goQuote(raw)}: ${e.message}`);
    throw e;
  }
  return u;
}

/** hostname is `URL.Hostname()`. */
export function hostname(host: string): string {
  let h = host;
  const colon = h.lastIndexOf(':');
  if (colon !== -1 && validOptionalPort(h.slice(colon))) h = h.slice(0, colon);
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  return h;
}

/** userinfoString is `Userinfo.String()`. */
export function userinfoString(u: GoUserinfo): string {
  let s = escape(u.username, 'userPassword');
  if (u.password !== undefined) s += ':' + escape(u.password, 'userPassword');
  return s;
}

/** formatURL is `URL.String()` for a URL without RawPath/RawFragment. */
export function formatURL(u: GoURL): string {
  let buf = '';
  if (u.scheme !== '') buf += u.scheme + ':';
  if (u.opaque !== '') buf += u.opaque;
  else {
    if ((u.scheme !== '' || u.host !== '' || u.user) && !(u.omitHost && u.host === '' && !u.user)) {
      if (u.host !== '' || u.path !== '' || u.user) buf += '//';
      if (u.user) buf += userinfoString(u.user) + '@';
      if (u.host !== '') buf += escape(u.host, 'host');
    }
    const path = u.path === '*' ? '*' : escape(u.path, 'path');
    if (path !== '' && path[0] !== '/' && u.host !== '') buf += '/';
    if (buf === '' && path.split('/')[0].includes(':')) buf += './';
    buf += path;
  }
  if (u.forceQuery || u.rawQuery !== '') buf += '?' + u.rawQuery;
  if (u.fragment !== '') buf += '#' + escape(u.fragment, 'fragment');
  return buf;
}
