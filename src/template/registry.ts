import type { GoValue } from './value.js';

/**
 * GoFunction describes one function a template can call, with its Go signature.
 *
 * `params` are Go type spellings (`string`, `int`, `int64`, `float64`, `bool`, `uint32`,
 * `interface {}`, `map[string]interface {}`, `[]interface {}`, `[]string` …). For a variadic
 * function the last entry is the element type of the `...` parameter. The executor converts
 * and checks every argument against these types exactly as Go's text/template does
 * (`evalArg`/`validateType`), so `fn` receives values of the declared types:
 * `string` → JS string, `bool` → boolean, `float64` → number, integer kinds → GoInt,
 * `interface {}` → any GoValue (`null` for nil), maps → GoMap, slices → GoSlice.
 *
 * `results` is `[T]` or `[T, 'error']`. A failing function throws {@link FunctionError}
 * (Go's returned error and a recovered panic look the same to a template: `error calling X: msg`).
 *
 * `this` is the calling execution's context (used by `include`, `tpl` and the Helm functions
 * that need the template set); plain functions ignore it.
 */
export interface GoFunction {
  params: string[];
  variadic?: boolean;
  results: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: (this: any, ...args: any[]) => GoValue;
  /** false for functions whose output Helm itself does not reproduce (random, clock, crypto). */
  hermetic?: boolean;
}

/** FunctionTable maps template-visible names (Go/Sprig spelling) to functions. */
export type FunctionTable = Record<string, GoFunction>;

/** FunctionError is thrown by a function to fail the template call with Go's message text. */
export class FunctionError extends Error {
  readonly code = 'FUNCTION_ERROR';
  constructor(message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

const GOOD_NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

/** FunctionRegistry holds the functions visible to templates; names are checked like Go's `goodName`. */
export class FunctionRegistry {
  private readonly table = new Map<string, GoFunction>();

  constructor(...tables: FunctionTable[]) {
    for (const t of tables) this.addAll(t);
  }

  /** addAll registers (or overrides) every function of a table. */
  addAll(table: FunctionTable): this {
    for (const [name, f] of Object.entries(table)) this.add(name, f);
    return this;
  }

  /** add registers one function; an invalid name is a programming error. */
  add(name: string, f: GoFunction): this {
    if (!GOOD_NAME.test(name)) throw new Error(`function name ${JSON.stringify(name)} is not a valid identifier`);
    this.table.set(name, f);
    return this;
  }

  /** delete removes a function (Helm removes `env` and `expandenv`). */
  delete(name: string): this {
    this.table.delete(name);
    return this;
  }

  get(name: string): GoFunction | undefined {
    return this.table.get(name);
  }

  has(name: string): boolean {
    return this.table.has(name);
  }

  names(): string[] {
    return [...this.table.keys()].sort();
  }

  /** clone copies the registry so a render can add per-run functions (`include`, `tpl`). */
  clone(): FunctionRegistry {
    const r = new FunctionRegistry();
    for (const [k, v] of this.table) r.table.set(k, v);
    return r;
  }
}
