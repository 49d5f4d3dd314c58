/**
 * Masterminds/semver v3 `Constraints`: `>=1.2 <2 || ^3`, hyphen ranges, `~ ~> ^`, `x X *`
 * wildcards and the prerelease rule (a prerelease version only satisfies a constraint group that
 * itself names a prerelease — per group in v3.4, per constraint in v3.3).
 */
import {
  comparePrerelease,
  parseVersion,
  SemverError,
  zeroVersion,
  type SemverLib,
  type SemverVersion,
} from './version.js';

// Go's \s in these patterns is [\t\n\f\r ] (ASCII only); JS \s would also match other spaces.
const S = '[\\t\\n\\f\\r ]';
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CONSTRAINT = new RegExp(`^${S}*(${OPS})${S}*(${CV})${S}*$`);
const RANGE = new RegExp(`${S}*(${CV})${S}+-${S}+(${CV})${S}*`, 'g');
const FIND = new RegExp(`(${OPS})${S}*(${CV})`, 'g');
const VALID = new RegExp(`^(${S}*(${OPS})${S}*(${CV})${S}*)((?:${S}+|,${S}*)(${OPS})${S}*(${CV})${S}*)*$`);

type Op = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^';

/** One parsed constraint (`>=1.2.x`). */
interface Constraint {
  con: SemverVersion;
  orig: string;
  op: Op;
  minorDirty: boolean;
  patchDirty: boolean;
  dirty: boolean;
}

const isX = (s: string): boolean => s === 'x' || s === '*' || s === 'X';

function parseConstraint(c: string, lib: SemverLib): Constraint {
  if (c.length === 0) return { con: zeroVersion(), orig: c, op: '', minorDirty: false, patchDirty: false, dirty: true };
  const m = CONSTRAINT.exec(c);
  if (!m) throw new SemverError(`improper constraint: ${c}`);
  const g = (i: number): string => m[i] ?? '';
  let ver = g(2);
  let minorDirty = false;
  let patchDirty = false;
  let dirty = false;
  if (isX(g(3)) || g(3) === '') {
    ver = `0.0.0${g(6)}`;
    dirty = true;
  } else if (isX(g(4).replace(/^\./, '')) || g(4) === '') {
    minorDirty = true;
    dirty = true;
    ver = `${g(3)}.0.0${g(6)}`;
  } else if (isX(g(5).replace(/^\./, '')) || g(5) === '') {
    dirty = true;
    patchDirty = true;
    ver = `${g(3)}${g(4)}.0${g(6)}`;
  }
  let con: SemverVersion;
  try {
    con = parseVersion(ver, lib);
  } catch {
    throw new SemverError(lib === '3.3' ? 'constraint Parser Error' : 'constraint parser error');
  }
  return { con, orig: g(2), op: g(1) as Op, minorDirty, patchDirty, dirty };
}

/** rewriteRange turns `1.2 - 1.4` into `>= 1.2, <= 1.4 `. */
function rewriteRange(i: string): string {
  let o = i;
  for (const m of i.matchAll(RANGE)) o = o.replace(m[0], `>= ${m[1]}, <= ${m[11]} `);
  return o;
}

/** SemverConstraints is a parsed `*semver.Constraints`. */
export class SemverConstraints {
  private constructor(
    private readonly groups: Constraint[][],
    private readonly lib: SemverLib,
  ) {}

  /** parse is `semver.NewConstraint`; it throws {@link SemverError}. */
  static parse(c: string, lib: SemverLib): SemverConstraints {
    const groups: Constraint[][] = [];
    for (const part of rewriteRange(c).split('||')) {
      if (!VALID.test(part)) throw new SemverError(`improper constraint: ${part}`);
      const found = [...part.matchAll(FIND)].map((m) => m[0]);
      const cs = found.length === 0 ? [part] : found;
      groups.push(cs.map((s) => parseConstraint(s, lib)));
    }
    return new SemverConstraints(groups, lib);
  }

  /** check is `Constraints.Check`. */
  check(v: SemverVersion): boolean {
    return this.groups.some((group) => {
      const groupPre = group.some((c) => c.con.pre !== '');
      return group.every((c) => checkOne(v, c, this.lib === '3.4' ? groupPre : c.con.pre !== '', this.lib));
    });
  }
}

function checkOne(v: SemverVersion, c: Constraint, includePre: boolean, lib: SemverLib): boolean {
  // v3.3's `!=` only applies the prerelease rule to wildcard constraints.
  const preRule = lib === '3.4' || c.op !== '!=' || c.dirty;
  if (preRule && v.pre !== '' && !includePre) return false;
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : v.equal(c.con);
    case '!=':
      return notEqual(v, c);
    case '>':
      return greaterThan(v, c);
    case '<':
      return v.compare(c.con) < 0;
    case '>=':
    case '=>':
      return v.compare(c.con) >= 0;
    case '<=':
    case '=<':
      return lessThanEqual(v, c);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      return caret(v, c);
  }
}

function notEqual(v: SemverVersion, c: Constraint): boolean {
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0;
      return false;
    }
  }
  return !v.equal(c.con);
}

function greaterThan(v: SemverVersion, c: Constraint): boolean {
  if (!c.dirty) return v.compare(c.con) === 1;
  if (v.major > c.con.major) return true;
  if (v.major < c.con.major) return false;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > c.con.minor;
  return v.compare(c.con) === 1;
}

function lessThanEqual(v: SemverVersion, c: Constraint): boolean {
  if (!c.dirty) return v.compare(c.con) <= 0;
  if (v.major > c.con.major) return false;
  if (v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty) return false;
  return true;
}

function tilde(v: SemverVersion, c: Constraint): boolean {
  if (v.lessThan(c.con)) return false;
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  if (v.minor !== c.con.minor && !c.minorDirty) return false;
  return true;
}

function caret(v: SemverVersion, c: Constraint): boolean {
  if (v.lessThan(c.con)) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (c.con.major === 0n && v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (c.con.minor === 0n && v.minor > 0n) return false;
  return c.con.patch === v.patch;
}
