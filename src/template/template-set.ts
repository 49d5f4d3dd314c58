/**
 * TemplateSet is Go's set of associated templates (`template.New("gotpl")` plus every
 * `t.New(file).Parse(text)`), as Helm builds it: each chart file is parsed under its full
 * name into one shared set, so `define`s are visible everywhere.
 *
 * Functions run with `this` bound to the executing set, which is how `include` and `tpl`
 * (src/functions/helm-core.ts) reach the templates.
 */
import { parseTrees, type FunctionCheck } from './parser.js';
import { isEmptyTree, type Tree } from './nodes.js';
import { Execution, type ExecTarget } from './exec.js';
import { TemplateExecError, TemplateNotFoundError } from './errors.js';
import { builtinFunctions } from './builtins.js';
import { FunctionRegistry } from './registry.js';
import type { GoValue } from './value.js';

/** TemplateSetOptions configure a set. */
export interface TemplateSetOptions {
  /** Functions visible to templates (checked at parse time, like Go). Default: builtins only. */
  funcs?: FunctionRegistry;
  /** Helm major version whose Go toolchain behaviour to follow (range over int needs Helm 4). Default 4. */
  helmVersion?: 3 | 4;
  /** Name of the root template, used in `no template "x" associated with template "<name>"`. Default `gotpl`. */
  name?: string;
}

const TREE_CACHE_LIMIT = 2000;
const treeCache = new WeakMap<FunctionRegistry, Map<string, Map<string, Tree>>>();

/** cachedParse parses text once per (registry, name, text); parsed trees are immutable. */
function cachedParse(
  funcs: FunctionRegistry,
  check: FunctionCheck,
  name: string,
  text: string,
  helmVersion: 3 | 4,
): Map<string, Tree> {
  let byText = treeCache.get(funcs);
  if (!byText) {
    byText = new Map();
    treeCache.set(funcs, byText);
  }
  const key = helmVersion + name + '\u0000' + text;
  let trees = byText.get(key);
  if (!trees) {
    trees = parseTrees(name, text, check, helmVersion);
    if (byText.size >= TREE_CACHE_LIMIT) byText.clear();
    byText.set(key, trees);
  }
  return trees;
}

/** TemplateSet holds parsed templates by name and executes them. */
export class TemplateSet implements ExecTarget {
  readonly name: string;
  readonly funcs: FunctionRegistry;
  readonly helmVersion: 3 | 4;
  /** Nesting counters of `include` by template name, shared by a render and its `tpl` clones. */
  readonly includedNames: Map<string, number>;
  private readonly templates: Map<string, Tree>;
  private readonly check: FunctionCheck;

  constructor(
    options: TemplateSetOptions = {},
    shared?: { templates: Map<string, Tree>; includedNames: Map<string, number> },
  ) {
    this.name = options.name ?? 'gotpl';
    this.funcs = options.funcs ?? new FunctionRegistry();
    this.helmVersion = options.helmVersion ?? 4;
    this.templates = shared ? new Map(shared.templates) : new Map();
    this.includedNames = shared ? shared.includedNames : new Map();
    const funcs = this.funcs;
    this.check = (n) => funcs.has(n) || Object.prototype.hasOwnProperty.call(builtinFunctions, n);
  }

  /**
   * parse parses `text` as template `name` and adds it and its `define`s to the set
   * (Go's Template.Parse + AddParseTree): a later non-empty definition replaces an earlier
   * one; an empty (whitespace/comments only) one never replaces an existing template.
   * Returns the tree parsed for `name` itself. Throws TemplateParseError.
   */
  parse(name: string, text: string): Tree {
    const trees = cachedParse(this.funcs, this.check, name, text, this.helmVersion);
    for (const [n, tree] of trees) {
      const old = this.templates.get(n);
      if (old && isEmptyTree(tree.root) && old.root) continue;
      this.templates.set(n, tree);
    }
    return trees.get(name)!;
  }

  /** lookup returns the template named `name`, if any. */
  lookup(name: string): Tree | undefined {
    return this.templates.get(name);
  }

  /** names lists the templates in the set, sorted. */
  names(): string[] {
    return [...this.templates.keys()].sort();
  }

  /** clone copies the set (Go's Template.Clone): same functions and include counters, own template map. */
  clone(): TemplateSet {
    return new TemplateSet(
      { funcs: this.funcs, helmVersion: this.helmVersion, name: this.name },
      { templates: this.templates, includedNames: this.includedNames },
    );
  }

  /** execute runs the template `name` with `data` as dot (Go's ExecuteTemplate); output is raw (`<no value>` kept). */
  execute(name: string, data: GoValue): string {
    const tree = this.templates.get(name);
    if (!tree) throw new TemplateNotFoundError(name, this.name);
    return this.executeTree(tree, data);
  }

  /** executeTree runs a parsed tree of this set (used by `tpl` for the text it just parsed). */
  executeTree(tree: Tree, data: GoValue): string {
    try {
      return new Execution(this, tree.name, data).run(tree, data);
    } catch (e) {
      // Go's stack grows to 1 GB; ours does not. Report runaway recursion as an error, not a crash.
      if (e instanceof RangeError)
        throw new TemplateExecError(
          tree.name,
          undefined,
          e.message === 'Invalid string length'
            ? 'a string grew past the maximum JavaScript string length (about 512 MiB); k8slint cannot render it'
            : `template recursion exceeds the JavaScript call stack (${e.message})`,
        );
      throw e;
    }
  }
}

/** removeNoValue deletes every `<no value>`, as Helm does after each file and each `tpl` (pkg/engine/engine.go). */
export function removeNoValue(s: string): string {
  return s.includes('<no value>') ? s.replaceAll('<no value>', '') : s;
}
