/**
 * Sprig's `semver` and `semverCompare` (Masterminds/sprig v3.3.0 `semver.go`) over the
 * Masterminds/semver port in `./semver/`. Helm 4 links semver v3.4.0, Helm 3.17 v3.3.0
 * (different error texts and prerelease rules), hence one table per library release.
 */
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoStruct, goInt, type GoMethod, type GoValue } from '../template/value.js';
import { SemverConstraints } from './semver/constraints.js';
import {
  parseVersion,
  SemverError,
  semverLibFor,
  validateMetadata,
  validatePrerelease,
  type SemverLib,
  type SemverVersion,
} from './semver/version.js';

const VERSION_TYPE = 'semver.Version';

/** versions maps the Go struct values this module creates back to their versions. */
const versions = new WeakMap<GoStruct, SemverVersion>();

function unwrap(v: GoValue): SemverVersion {
  const sv = v instanceof GoStruct ? versions.get(v) : undefined;
  if (!sv) throw new FunctionError('runtime error: invalid memory address or nil pointer dereference');
  return sv;
}

function rethrow(e: unknown): never {
  if (e instanceof SemverError) throw new FunctionError(e.message);
  throw e;
}

function method(params: string[], results: string[], fn: (...args: GoValue[]) => GoValue): GoMethod {
  return { params, results, fn };
}

/** valueMethods are the methods with a `Version` receiver (callable on values and pointers). */
function valueMethods(v: SemverVersion, lib: SemverLib): Record<string, GoMethod> {
  const set = (part: 'pre' | 'metadata') => (s: GoValue) => {
    try {
      return versionValue(v.with({ [part]: s as string }), false, lib, part, s as string);
    } catch (e) {
      return rethrow(e);
    }
  };
  return {
    String: method([], ['string'], () => v.toString()),
    Major: method([], ['uint64'], () => goInt(v.major, 'uint64')),
    Minor: method([], ['uint64'], () => goInt(v.minor, 'uint64')),
    Patch: method([], ['uint64'], () => goInt(v.patch, 'uint64')),
    Prerelease: method([], ['string'], () => v.pre),
    Metadata: method([], ['string'], () => v.metadata),
    IncPatch: method([], [VERSION_TYPE], () =>
      versionValue(
        v.pre !== '' ? v.with({ pre: '', metadata: '' }) : v.with({ pre: '', metadata: '', patch: v.patch + 1n }),
        false,
        lib,
      ),
    ),
    IncMinor: method([], [VERSION_TYPE], () =>
      versionValue(v.with({ pre: '', metadata: '', patch: 0n, minor: v.minor + 1n }), false, lib),
    ),
    IncMajor: method([], [VERSION_TYPE], () =>
      versionValue(v.with({ pre: '', metadata: '', patch: 0n, minor: 0n, major: v.major + 1n }), false, lib),
    ),
    SetPrerelease: method(['string'], [VERSION_TYPE, 'error'], set('pre')),
    SetMetadata: method(['string'], [VERSION_TYPE, 'error'], set('metadata')),
  };
}

/** pointerMethods are the methods with a `*Version` receiver. */
function pointerMethods(v: SemverVersion): Record<string, GoMethod> {
  const cmp = (f: (d: number) => GoValue) => method(['*' + VERSION_TYPE], ['bool'], (o) => f(v.compare(unwrap(o))));
  return {
    Original: method([], ['string'], () => v.original),
    LessThan: cmp((d) => d < 0),
    LessThanEqual: cmp((d) => d <= 0),
    GreaterThan: cmp((d) => d > 0),
    GreaterThanEqual: cmp((d) => d >= 0),
    Equal: cmp((d) => d === 0),
    Compare: method(['*' + VERSION_TYPE], ['int'], (o) => goInt(v.compare(unwrap(o)))),
  };
}

/**
 * versionValue wraps a version as a Go `*semver.Version` (or `semver.Version`): a Stringer
 * printing `1.2.0`, JSON-encoded as that string. `validate` re-checks a Set* argument first.
 */
export function versionValue(
  v: SemverVersion,
  pointer: boolean,
  lib: SemverLib,
  validate?: 'pre' | 'metadata',
  arg?: string,
): GoStruct {
  if (validate === 'pre' && arg) validatePrerelease(arg, lib);
  if (validate === 'metadata' && arg) validateMetadata(arg, lib);
  const methods = pointer ? { ...valueMethods(v, lib), ...pointerMethods(v) } : valueMethods(v, lib);
  const s = new GoStruct(
    pointer ? '*' + VERSION_TYPE : VERSION_TYPE,
    new Map(),
    methods,
    pointer,
    () => v.toString(),
    () => v.toString(),
  );
  versions.set(s, v);
  return s;
}

/** semverFunctionsFor builds the table for one semver library release. */
export function semverFunctionsFor(lib: SemverLib): FunctionTable {
  return {
    semver: {
      params: ['string'],
      results: ['*' + VERSION_TYPE, 'error'],
      fn: (s: string) => {
        try {
          return versionValue(parseVersion(s, lib), true, lib);
        } catch (e) {
          return rethrow(e);
        }
      },
    },
    semverCompare: {
      params: ['string', 'string'],
      results: ['bool', 'error'],
      fn: (constraint: string, version: string) => {
        try {
          const c = SemverConstraints.parse(constraint, lib);
          return c.check(parseVersion(version, lib));
        } catch (e) {
          return rethrow(e);
        }
      },
    },
  };
}

/** semverFunctions: Sprig's semver family as Helm 4 links it (Masterminds/semver v3.4.0). */
export const semverFunctions: FunctionTable = semverFunctionsFor(semverLibFor(4));

/** semverFunctionsHelm3: the same functions as Helm 3.17 links them (Masterminds/semver v3.3.0). */
export const semverFunctionsHelm3: FunctionTable = semverFunctionsFor(semverLibFor(3));
