/**
 * The function reference (docs/functions.md) as data, built from the registries themselves so it
 * cannot drift: every name `helmFunctions(4)` and `helmFunctions(3)` expose with its Go signature,
 * the Helm versions that have it, its status, and how many golden cases exercise it.
 * `scripts/function-table.ts` writes the file; test/functions/function-table.test.ts checks it.
 */
import type { FunctionRegistry, GoFunction } from '../template/registry.js';
import { helmFunctions } from './index.js';

/** FunctionStatus: `identical` output proven by goldens; `shape-only` where Helm itself is nondeterministic. */
export type FunctionStatus = 'identical' | 'shape-only' | 'absent on purpose';

/** GoldenCase is what the table needs of a template case. */
export interface GoldenCase {
  template: string;
  random: boolean;
}

/** FunctionRow is one line of the table. */
export interface FunctionRow {
  name: string;
  /** Go signature; two entries when Helm 3 and Helm 4 differ (`[helm4, helm3]`). */
  signature: string[];
  helm: (3 | 4)[];
  status: FunctionStatus;
  /** Byte-compared golden cases mentioning the function. */
  exactCases: number;
  /** Shape-checked (`random: true`) golden cases mentioning the function. */
  shapeCases: number;
  note: string;
}

/** ABSENT lists the Sprig functions Helm removes (helm/helm pkg/engine/funcs.go `funcMap`). */
export const ABSENT: Record<string, string> = {
  env: 'Helm deletes it from the Sprig map: templates must not read the environment.',
  expandenv: 'Helm deletes it from the Sprig map: templates must not read the environment.',
};

/** SHAPES says, for every function Helm itself does not reproduce, what k8slint matches. */
export const SHAPES: Record<string, string> = {
  bcrypt: 'random salt: `$2a$10$` + 53 bcrypt base64 characters',
  htpasswd: 'random salt: `user:$2a$10$` + 53 bcrypt base64 characters',
  encryptAES: 'random IV: base64 of IV + AES-CBC ciphertext, same length as helm',
  genPrivateKey: 'random key: PEM block of the requested type (rsa, ecdsa, ed25519, dsa), same line layout',
  genCA: 'random key and serial: PEM certificate and RSA key, same line layout',
  genCAWithKey: 'random serial: PEM certificate for the given key, same line layout',
  genSelfSignedCert: 'random key and serial: PEM certificate and key, same line layout',
  genSelfSignedCertWithKey: 'random serial: PEM certificate for the given key, same line layout',
  genSignedCert: 'random key and serial: PEM certificate signed by the CA, same line layout',
  genSignedCertWithKey: 'random serial: PEM certificate for the given key signed by the CA',
  randAlpha: 'length and alphabet `[A-Za-z]`',
  randAlphaNum: 'length and alphabet `[A-Za-z0-9]`',
  randAscii: 'length and printable ASCII',
  randNumeric: 'length and digits',
  randBytes: 'base64 of n random bytes (length)',
  randInt: 'an integer in [min, max)',
  shuffle: 'the same characters in random order',
  uuidv4: 'RFC 4122 version 4 layout',
  now: 'the current time, printed as Go prints a time.Time (zone and monotonic clock)',
  date: 'the layout applied in the process time zone (clock and zone dependent)',
  htmlDate: '`YYYY-MM-DD` in the process time zone',
  dateInZone: 'the layout applied (output depends on the clock when given `now`)',
  date_in_zone: 'the layout applied (output depends on the clock when given `now`)',
  htmlDateInZone: '`YYYY-MM-DD` (output depends on the clock when given `now`)',
  dateModify: 'the time moved by the duration (depends on the clock when given `now`)',
  date_modify: 'the time moved by the duration (depends on the clock when given `now`)',
  keys: 'the same keys; Helm returns them in Go map order, which is random (k8slint sorts)',
  values: 'the same values; Helm returns them in Go map order, which is random (k8slint sorts by key)',
};

/** goSignature spells a GoFunction as Go does: `func(string, ...interface {}) (string, error)`. */
export function goSignature(f: GoFunction): string {
  const params = f.params.map((p, i) => (f.variadic && i === f.params.length - 1 ? `...${p}` : p));
  const results = f.results.length === 1 ? ` ${f.results[0]}` : f.results.length > 1 ? ` (${f.results.join(', ')})` : '';
  return `func(${params.join(', ')})${results}`;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** actionText keeps the inside of `{{ }}` actions with string literals blanked, so only code is searched. */
function actionText(template: string): string {
  const parts: string[] = [];
  for (const m of template.matchAll(/\{\{([\s\S]*?)\}\}/g)) parts.push(m[1].replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""'));
  return parts.join('\n');
}

/** callPattern matches `name` as a word not preceded by `.` or `$` (a field or variable of that name). */
function callPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w.$])${name.replace(ESCAPE, '\\$&')}(?!\\w)`);
}

/** mentions tells whether a case's actions call `name`. */
export function mentions(template: string, name: string): boolean {
  return callPattern(name).test(actionText(template));
}

/** functionRows builds the table from the Helm 4 and Helm 3 registries and the golden cases. */
export function functionRows(cases: GoldenCase[], h4: FunctionRegistry = helmFunctions(4), h3: FunctionRegistry = helmFunctions(3)): FunctionRow[] {
  const texts = cases.map((c) => ({ code: actionText(c.template), random: c.random }));
  const count = (name: string, random: boolean): number => {
    const re = callPattern(name);
    return texts.filter((t) => t.random === random && re.test(t.code)).length;
  };
  const names = [...new Set([...h4.names(), ...h3.names(), ...Object.keys(ABSENT)])].sort();
  return names.map((name) => {
    const f4 = h4.get(name);
    const f3 = h3.get(name);
    const helm = [...(f3 ? [3 as const] : []), ...(f4 ? [4 as const] : [])];
    const sigs = [...new Set([f4, f3].filter((f): f is GoFunction => !!f).map(goSignature))];
    const absent = Object.hasOwn(ABSENT, name) ? ABSENT[name] : undefined; // not `toString` of Object.prototype
    const hermetic = [f4, f3].every((f) => !f || f.hermetic !== false);
    const status: FunctionStatus = absent !== undefined || helm.length === 0 ? 'absent on purpose' : hermetic ? 'identical' : 'shape-only';
    const note = absent ?? (status === 'shape-only' ? (Object.hasOwn(SHAPES, name) ? SHAPES[name] : '') : sigs.length > 1 ? 'signature differs between Helm 4 and Helm 3 (first: Helm 4)' : '');
    return { name, signature: sigs, helm, status, exactCases: count(name, false), shapeCases: count(name, true), note };
  });
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** renderFunctionTable renders docs/functions.md. */
export function renderFunctionTable(rows: FunctionRow[]): string {
  const by = (s: FunctionStatus): number => rows.filter((r) => r.status === s).length;
  const inHelm = (v: 3 | 4): number => rows.filter((r) => r.helm.includes(v)).length;
  const lines = [
    '# Template functions',
    '',
    '<!-- Generated by `npm run docs:functions` (src/functions/function-table.ts); do not edit by hand. -->',
    '',
    'Every function a chart template can call in k8slint, generated from the function registry',
    '(`helmFunctions(4)` and `helmFunctions(3)`) and the golden cases in `fixtures/template/cases/fn-*.yaml`.',
    '`test/functions/function-table.test.ts` fails when this file is out of date. The text/template builtins',
    '(`and`, `or`, `not`, `len`, `index`, `slice`, `print`, `printf`, `println`, `html`, `js`, `urlquery`, `call`,',
    '`eq`, `ne`, `lt`, `le`, `gt`, `ge`) are part of the engine and not listed here.',
    '',
    `Helm 4.1.4: ${inHelm(4)} functions; Helm 3.17.3: ${inHelm(3)} functions. ` +
      `Status: ${by('identical')} identical, ${by('shape-only')} shape-only, ${by('absent on purpose')} absent on purpose.`,
    '',
    '- **identical**: deterministic; output (or error text) is byte-identical to helm, proven by golden cases rendered by the real helm binaries.',
    '- **shape-only**: Helm itself is nondeterministic (randomness, the clock, Go map order); k8slint matches the shape given in the notes.',
    '- **absent on purpose**: Helm removes the function; calling it is a parse error (`function "env" not defined`), as in helm.',
    '- **Golden cases**: byte-compared cases whose template calls the function; **shape cases**: cases compared by shape.',
    '',
    '| Function | Go signature | Helm | Status | Golden cases | Shape cases | Notes |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const sig = r.signature.map((s) => `\`${cell(s)}\``).join('<br>') || '—';
    const helm = r.helm.length === 0 ? '—' : r.helm.length === 2 ? '3, 4' : `${r.helm[0]} only`;
    lines.push(`| \`${r.name}\` | ${sig} | ${helm} | ${r.status} | ${r.exactCases} | ${r.shapeCases} | ${cell(r.note)} |`);
  }
  return lines.join('\n') + '\n';
}
