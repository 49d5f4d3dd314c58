import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../helpers/thrown.js';
import { urlFunctions as U } from '../../src/functions/url.js';
import { GoMap, goInt, newMap, type GoValue } from '../../src/template/value.js';

// Expected values produced by helm 4.1.4 / 3.17.3 (fixtures/template/golden/fn-url.json).
const parse = (s: string): Record<string, GoValue> => Object.fromEntries((U.urlParse.fn(s) as GoMap).entries);
const join = (o: Record<string, GoValue>): unknown => U.urlJoin.fn(newMap(Object.entries(o)));

describe('urlParse', () => {
  it('splits a full URL', () => {
    expect(parse('https://us%20er:p%40ss@Example.com:8080/a%2Fb/c?x=1&y=%20#fr%20ag')).toEqual({
      fragment: 'fr ag',
      host: 'Example.com:8080',
      hostname: 'Example.com',
      opaque: '',
      path: '/a/b/c',
      query: 'x=1&y=%20',
      scheme: 'https',
      userinfo: 'us%20er:p%40ss',
    });
    expect(parse('mailto:joe@x.org').opaque).toBe('joe@x.org');
    expect(parse('http://[fe80::1%25en0]:80/').hostname).toBe('fe80::1%en0');
    expect(parse('x[1]/y?z')).toMatchObject({ path: 'x[1]/y', query: 'z' });
    expect(parse('HTTP://H/').scheme).toBe('http');
    expect(['ftp://anon@h', 'ftp://a:@h', 'ftp://a%3Ab:c%2Fd@h'].map((s) => parse(s).userinfo)).toEqual([
      'anon',
      'a:',
      'a%3Ab:c%2Fd',
    ]);
  });

  it('fails like net/url', () => {
    const p = (s: string) => thrownMessage(() => U.urlParse.fn(s));
    expect(p('http://a b/')).toBe('unable to parse url: parse "http://a b/": invalid character " " in host name');
    expect(p('http://host:8x/')).toBe('unable to parse url: parse "http://host:8x/": invalid port ":8x" after host');
    expect(p(':foo')).toBe('unable to parse url: parse ":foo": missing protocol scheme');
    expect(p('1a:b/c')).toBe('unable to parse url: parse "1a:b/c": first path segment in URL cannot contain colon');
    expect(p('http://h/#%x')).toBe('unable to parse url: parse "http://h/#%x": invalid URL escape "%x"');
    expect(p('http://h/\x01')).toBe(
      'unable to parse url: parse "http://h/\\x01": net/url: invalid control character in URL',
    );
    expect(p('http://a b@h/')).toBe('unable to parse url: parse "http://a b@h/": net/url: invalid userinfo');
    expect(p('http://[::1/')).toBe(`unable to parse url: parse "http://[::1/": missing ']' in host`);
  });
});

describe('urlJoin', () => {
  it('formats like URL.String', () => {
    expect(
      join({
        scheme: 'https',
        host: 'example.com:8443',
        path: '/a b/c?',
        query: 'x=1',
        fragment: 'f g!',
        userinfo: 'u:p@ss',
      }),
    ).toBe('https://u:p%40ss@example.com:8443/a%20b/c%3F?x=1#f%20g!');
    expect(U.urlJoin.fn(U.urlParse.fn('https://u:p@h.example/p/a%20b?q=1#frag'))).toBe(
      'https://u:p@h.example/p/a%20b?q=1#frag',
    );
    expect([join({ path: 'a:b/c' }), join({ path: 'rel', host: 'h' }), join({}), join({ scheme: 's' })]).toEqual([
      './a:b/c',
      '//h/rel',
      '',
      's:',
    ]);
    expect(join({ host: 'h', userinfo: 'a/b' })).toBe('//h');
  });

  it('rejects non-string values', () => {
    expect(thrownMessage(() => join({ scheme: 'http', host: goInt(8080) }))).toBe(
      'unable to parse host key, must be of type string, but int found',
    );
    expect(thrownMessage(() => join({ path: 1.5 }))).toBe('unable to parse path key, must be of type string, but float64 found');
    expect(thrownMessage(() => join({ host: null }))).toBe('runtime error: invalid memory address or nil pointer dereference');
  });
});
