import { GoInt, GoMap, GoSlice, type GoMethod, type GoValue } from '../template/value.js';
import { FunctionError } from '../template/registry.js';
import { compileGlob } from './glob.js';
import type { ChartFile } from './types.js';

/**
 * `.Files` (helm/helm pkg/engine/files.go): an `engine.files` map of path → bytes with the
 * methods Get, GetBytes, Glob, Lines, AsConfig and AsSecrets.
 */

/** ByteSlice is a `[]uint8` whose elements are materialised only when a template ranges over them. */
export class ByteSlice extends GoSlice {
  constructor(readonly bytes: Uint8Array) {
    super([], '[]uint8');
    let cached: GoValue[] | undefined;
    Object.defineProperty(this, 'items', {
      get: () => (cached ??= Array.from(bytes, (b) => new GoInt(BigInt(b), 'uint8'))),
      enumerable: true,
      configurable: true,
    });
  }
}

/** FilesContext provides what the methods need from the render (`toYaml`, helm version). */
export interface FilesContext {
  helmVersion: 3 | 4;
  toYaml: (v: GoValue) => string;
}

const decoder = new TextDecoder();

function bytesOf(v: GoValue): Uint8Array {
  return v instanceof ByteSlice ? v.bytes : new Uint8Array();
}

function base(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (t === '') return p === '' ? '.' : '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

function m(params: string[], results: string[], fn: (...a: GoValue[]) => GoValue): GoMethod {
  return { params, results, fn };
}

/** newFiles builds the `.Files` value from chart files. */
export function newFiles(from: ChartFile[] | Map<string, Uint8Array>, ctx: FilesContext): GoMap {
  const data = from instanceof Map ? from : new Map(from.map((f) => [f.name, f.data] as [string, Uint8Array]));
  const entries = new Map<string, GoValue>();
  for (const [k, v] of data) entries.set(k, new ByteSlice(v));
  const getBytes = (name: string): Uint8Array => data.get(name) ?? new Uint8Array();
  const methods: Record<string, GoMethod> = {
    GetBytes: m(['string'], ['[]uint8'], (n) => new ByteSlice(getBytes(n as string))),
    Get: m(['string'], ['string'], (n) => decoder.decode(getBytes(n as string))),
    Glob: m(['string'], ['engine.files'], (p) => {
      const re = compileGlob(p as string);
      const out = new Map<string, Uint8Array>();
      for (const [k, v] of data) if (!re || re.test(k)) out.set(k, v);
      return newFiles(out, ctx);
    }),
    AsConfig: m([], ['string'], () => {
      const mm = new GoMap(new Map(), 'map[string]string');
      for (const k of [...entries.keys()]) mm.entries.set(base(k), decoder.decode(bytesOf(entries.get(k))));
      return ctx.toYaml(mm);
    }),
    AsSecrets: m([], ['string'], () => {
      const mm = new GoMap(new Map(), 'map[string]string');
      for (const k of [...entries.keys()]) mm.entries.set(base(k), Buffer.from(bytesOf(entries.get(k))).toString('base64'));
      return ctx.toYaml(mm);
    }),
    Lines: m(['string'], ['[]string'], (p) => {
      const b = data.get(p as string);
      if (b === undefined) return new GoSlice([], '[]string');
      // files.go indexes s[len(s)-1] unguarded: an empty existing file panics (both helm versions).
      if (b.length === 0) throw new FunctionError('runtime error: index out of range [-1]');
      let s = decoder.decode(b);
      if (s.endsWith('\n')) s = s.slice(0, -1);
      return new GoSlice(s.split('\n'), '[]string');
    }),
  };
  return new GoMap(entries, 'engine.files', methods);
}
