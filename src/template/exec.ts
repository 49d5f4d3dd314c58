/**
 * The template executor (golang/go src/text/template/exec.go) with Helm's options
 * (missingkey=zero). `eval*` methods return values, `walk*` methods write output; all
 * per-run state (variables, current node, depth, output) lives in `Execution`.
 *
 * Go distinguishes a value's static type `interface {}` (a map element, a range element)
 * from its dynamic type only in error texts (`can't evaluate field x in type interface {}`);
 * the executor tracks that with `iface` flags next to dot and variables instead of wrapping values.
 */
import {
  nodeString,
  type ActionNode,
  type BranchNode,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type ListNode,
  type Node,
  type NumberNode,
  type PipeNode,
  type RangeNode,
  type TemplateNode,
  type Tree,
  type VariableNode,
} from './nodes.js';
import { TemplateExecError, TemplateNotFoundError, isTemplateError } from './errors.js';
import { goLineCol } from './position.js';
import { renderLimitExceeded } from '../common/limits.js';
import { goQuote } from './go-literals.js';
import { builtinFunctions, truth } from './builtins.js';
import { assignable, canBeNil, derefStruct, zeroValue } from './go-types.js';
import { formatValue } from './fmt.js';
import { LiteralError, idealConstant, typedLiteral } from './literals.js';
import { printableText } from './print-value.js';
import { timeMethod } from './time-methods.js';
import { FunctionError, type FunctionRegistry, type GoFunction } from './registry.js';
import { GoInt, GoMap, GoSlice, GoStruct, GoTime, goTypeOf, type GoMethod, type GoValue } from './value.js';

/** MAX_EXEC_DEPTH is Go's maxExecDepth for nested {{template}} calls. */
export const MAX_EXEC_DEPTH = 100000;
/** V8's message for an exhausted call stack ("Maximum call stack size exceeded"). */
const STACK_OVERFLOW = /call stack/i;

/** ExecTarget is what an execution needs from its template set. */
export interface ExecTarget {
  readonly name: string;
  readonly funcs: FunctionRegistry;
  readonly helmVersion: 3 | 4;
  lookup(name: string): Tree | undefined;
}

/**
 * TemplateCallContext is `this` inside every function a template calls: the running
 * execution. `include` uses `executeNested`, `tpl` clones `set`.
 */
export interface TemplateCallContext<S extends ExecTarget = ExecTarget> {
  /** The template set the executing template belongs to. */
  readonly set: S;
  readonly helmVersion: 3 | 4;
  /**
   * executeNested runs template `name` of the set with `data` as dot into a fresh output
   * (Go's ExecuteTemplate from inside a function: new variables, depth 0), on the
   * current JavaScript stack frame budget. Throws TemplateNotFoundError if undefined.
   */
  executeNested(name: string, data: GoValue): string;
}

const MISSING: unique symbol = Symbol('missing');
type Final = GoValue | typeof MISSING;

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
type Flow = 0 | 1 | 2;

interface Variable {
  name: string;
  value: GoValue;
  iface: boolean;
}

type Callable = GoFunction | GoMethod;

const hasOwn = Object.prototype.hasOwnProperty;

/** SavedState is the part of an execution that a nested template run replaces and restores. */
class SavedState {
  constructor(
    readonly out: string,
    readonly vars: Variable[],
    readonly tmplName: string,
    readonly depth: number,
    readonly dotIface: boolean,
    readonly node: Node | null,
  ) {}
}

/** Execution is one run of one template (Go's `state`). */
export class Execution implements TemplateCallContext {
  out = '';
  private vars: Variable[];
  private node: Node | null = null;
  private dotIface = false;
  private fieldIface = false;
  private resultIface = false;
  /** The innermost {{template}} action a JavaScript stack overflow unwound through (see run). */
  private overflowNode: TemplateNode | null = null;
  private overflowName = '';

  constructor(
    private readonly target: ExecTarget,
    private tmplName: string,
    data: GoValue,
    private depth = 0,
  ) {
    if (data === null) data = undefined;
    this.vars = [{ name: '$', value: data, iface: false }];
  }

  get set(): ExecTarget {
    return this.target;
  }

  get helmVersion(): 3 | 4 {
    return this.target.helmVersion;
  }

  executeNested(name: string, data: GoValue): string {
    // Execute receives data as `any`: reflect.ValueOf(nil) is an invalid value, not a nil interface.
    if (data === null) data = undefined;
    const tree = this.target.lookup(name);
    if (!tree) throw new TemplateNotFoundError(name, this.target.name);
    const saved = new SavedState(this.out, this.vars, this.tmplName, this.depth, this.dotIface, this.node);
    this.checkLimits(saved.node);
    this.out = '';
    this.vars = [{ name: '$', value: data, iface: false }];
    this.tmplName = name;
    this.depth = 0;
    this.dotIface = false;
    try {
      if (!tree.root) this.errorf(`${goQuote(name)} is an incomplete or empty template`);
      this.walkNodes(data, tree.root.nodes);
      return this.out;
    } finally {
      this.out = saved.out;
      this.vars = saved.vars;
      this.tmplName = saved.tmplName;
      this.depth = saved.depth;
      this.dotIface = saved.dotIface;
      this.node = saved.node;
    }
  }

  /** run executes a tree with `data` as dot and `$`. */
  run(tree: Tree, data: GoValue): string {
    if (data === null) data = undefined;
    if (!tree.root) this.errorf(`${goQuote(this.tmplName)} is an incomplete or empty template`);
    try {
      this.walk(data, tree.root);
    } catch (e) {
      if (e instanceof RangeError && this.overflowNode !== null && STACK_OVERFLOW.test(e.message)) {
        // Recursion through {{template}} deeper than the JavaScript stack: report it as Go
        // reports recursion past MAX_EXEC_DEPTH, at the {{template}} action where it stopped.
        this.node = this.overflowNode;
        this.tmplName = this.overflowName;
        this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
      }
      throw e;
    }
    return this.out;
  }

  // --- errors ---------------------------------------------------------------

  /** checkLimits stops runaway renders (src/common/limits.ts): output size and the render timeout. */
  private checkLimits(at: Node | null): void {
    const over = renderLimitExceeded(this.out.length);
    if (over === undefined) return;
    this.node = at;
    this.errorf(over);
  }

  private errorf(msg: string, cause?: Error): never {
    const n = this.node;
    if (n === null) throw new TemplateExecError(this.tmplName, undefined, msg, cause);
    const { line, col } = goLineCol(n.tree.text, n.pos);
    throw new TemplateExecError(
      this.tmplName,
      { file: n.tree.parseName, line, col, context: nodeString(n) },
      msg,
      cause,
    );
  }

  // --- variables --------------------------------------------------------------

  private push(name: string, value: GoValue, iface = false): void {
    this.vars.push({ name, value, iface });
  }
  private setVar(name: string, value: GoValue, iface = false): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v.name === name) {
        v.value = value;
        v.iface = iface;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private setTopVar(n: number, value: GoValue, iface: boolean): void {
    const v = this.vars[this.vars.length - n];
    v.value = value;
    v.iface = iface;
  }
  private findVar(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i];
    this.errorf(`undefined variable: ${name}`);
  }

  // --- walk -------------------------------------------------------------------

  private walk(dot: GoValue, node: Node): Flow {
    this.node = node;
    switch (node.kind) {
      case 'action':
        this.walkAction(dot, node);
        return NORMAL;
      case 'text':
        this.out += node.text;
        return NORMAL;
      case 'list':
        return this.walkNodes(dot, node.nodes);
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node);
      case 'range':
        this.walkRange(dot, node);
        return NORMAL;
      case 'template':
        this.walkTemplate(dot, node);
        return NORMAL;
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'comment':
        return NORMAL;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  /**
   * walkNodes walks a list's nodes. Actions and text are handled here rather than by a
   * recursive walk (and frames are kept small) so that Helm's 1000 nested includes fit
   * in the JavaScript stack.
   */
  private walkNodes(dot: GoValue, nodes: Node[]): Flow {
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i];
      if (c.kind === 'text') this.out += c.text;
      else if (c.kind === 'action') {
        this.node = c;
        const val = this.evalPipeline(dot, c.pipe);
        if (c.pipe.decl.length === 0) this.printValue(c, val);
      } else {
        let f: Flow;
        if (c.kind === 'if' || c.kind === 'with') f = this.walkIfOrWith(dot, c);
        else if (c.kind === 'range') {
          this.walkRange(dot, c);
          f = NORMAL;
        } else f = this.walk(dot, c);
        if (f !== NORMAL) return f;
      }
    }
    return NORMAL;
  }

  private walkAction(dot: GoValue, c: ActionNode): void {
    this.node = c;
    const val = this.evalPipeline(dot, c.pipe);
    if (c.pipe.decl.length === 0) this.printValue(c, val);
  }

  private walkList(dot: GoValue, dotIface: boolean, list: ListNode): Flow {
    const saved = this.dotIface;
    this.dotIface = dotIface;
    const f = this.walkNodes(dot, list.nodes);
    this.dotIface = saved;
    return f;
  }

  private walkIfOrWith(dot: GoValue, node: BranchNode<'if' | 'with'>): Flow {
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, node.pipe);
    let f: Flow = NORMAL;
    if (truth(val)) {
      f = node.kind === 'with' ? this.walkList(val, false, node.list) : this.walkNodes(dot, node.list.nodes);
    } else if (node.elseList) {
      f = this.walkNodes(dot, node.elseList.nodes);
    }
    this.vars.length = mark;
    return f;
  }

  private walkRange(dot: GoValue, r: RangeNode): void {
    this.node = r;
    const outer = this.vars.length;
    let val = this.evalPipeline(dot, r.pipe);
    if (val instanceof GoStruct && val.pointer) val = derefStruct(val);
    const mark = this.vars.length;
    const decl = r.pipe.decl;
    const oneIteration = (index: GoValue, elem: GoValue, iface: boolean): Flow => {
      this.checkLimits(r);
      if (decl.length > 0) {
        if (r.pipe.isAssign) {
          if (decl.length > 1) this.setVar(decl[0].ident[0], index);
          else this.setVar(decl[0].ident[0], elem, iface);
        } else this.setTopVar(1, elem, iface);
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem, iface);
        else this.setTopVar(2, index, false);
      }
      const savedIface = this.dotIface;
      this.dotIface = iface;
      const f = this.walkNodes(elem, r.list.nodes);
      this.dotIface = savedIface;
      this.vars.length = mark;
      return f;
    };
    let ran = false;
    if (val instanceof GoSlice) {
      const items = val.items;
      const iface = val.elemType === 'interface {}';
      for (let i = 0; i < items.length; i++) {
        ran = true;
        const e = items[i];
        if (
          oneIteration(decl.length > 1 ? new GoInt(BigInt(i), 'int') : undefined, e === undefined ? null : e, iface) ===
          BREAK
        )
          break;
      }
    } else if (val instanceof GoMap) {
      const iface = val.elemType === 'interface {}';
      for (const k of val.sortedKeys()) {
        ran = true;
        const e = val.entries.get(k);
        if (oneIteration(k, e === undefined ? null : e, iface) === BREAK) break;
      }
    } else if (val instanceof GoInt && this.target.helmVersion === 4) {
      if (decl.length > 1) this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`);
      for (let i = 0n; i < val.v; i++) {
        ran = true;
        if (oneIteration(undefined, new GoInt(i, val.kind), false) === BREAK) break;
      }
    } else if (val !== undefined && val !== null) {
      this.errorf(`range can't iterate over ${formatValue(val)}`);
    }
    if (!ran && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  private walkTemplate(dot: GoValue, t: TemplateNode): void {
    this.node = t;
    this.checkLimits(t);
    const tree = this.target.lookup(t.name);
    if (!tree) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const saved = { vars: this.vars, name: this.tmplName, depth: this.depth, dotIface: this.dotIface };
    this.vars = [{ name: '$', value: newDot, iface: false }];
    this.tmplName = t.name;
    this.depth++;
    this.dotIface = false;
    try {
      if (!tree.root) this.errorf(`${goQuote(t.name)} is an incomplete or empty template`);
      this.walk(newDot, tree.root);
    } catch (e) {
      // The JavaScript stack ran out long before Go's depth limit. Only note where (no calls:
      // this frame is still at the edge of the stack, where V8 may fail even a plain call);
      // run() turns it into Go's depth error once the stack has unwound.
      if (e instanceof RangeError && this.overflowNode === null) {
        this.overflowNode = t;
        this.overflowName = saved.name;
      }
      throw e;
    }
    this.vars = saved.vars;
    this.tmplName = saved.name;
    this.depth = saved.depth;
    this.dotIface = saved.dotIface;
  }

  // --- eval -------------------------------------------------------------------

  private evalPipeline(dot: GoValue, pipe: PipeNode | null): GoValue {
    if (pipe === null) return undefined;
    this.node = pipe;
    let value: Final = MISSING;
    const cmds = pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i];
      const first = cmd.args[0];
      if (first.kind === 'identifier') {
        this.node = first;
        value = this.evalCall(dot, this.findFunction(first.ident), this.lastBuiltin, cmd, first.ident, cmd.args, value);
      } else value = this.evalCommand(dot, cmd, value);
      // A nil interface{} becomes an invalid value (untyped nil) at command boundaries.
      if (value === null) value = undefined;
    }
    if (pipe.decl.length > 0) this.declare(pipe, value as GoValue);
    return value as GoValue;
  }

  private declare(pipe: PipeNode, v: GoValue): void {
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.ident[0], v);
      else this.push(d.ident[0], v);
    }
  }

  private lastBuiltin = false;

  /** findFunction looks a name up in the set's functions, then the builtins (Go's findFunction). */
  private findFunction(name: string): Callable {
    const fn = this.target.funcs.get(name);
    if (fn) {
      this.lastBuiltin = false;
      return fn;
    }
    this.lastBuiltin = true;
    if (hasOwn.call(builtinFunctions, name)) return builtinFunctions[name];
    this.errorf(`${goQuote(name)} is not a defined function`);
  }

  private notAFunction(args: Node[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: GoValue, cmd: CommandNode, final: Final): GoValue {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  private idealConstant(n: NumberNode): GoValue {
    this.node = n;
    try {
      return idealConstant(n);
    } catch (e) {
      if (e instanceof LiteralError) this.errorf(e.message);
      throw e;
    }
  }

  private evalFieldNode(dot: GoValue, field: FieldNode, args: Node[] | null, final: Final): GoValue {
    this.node = field;
    return this.evalFieldChain(dot, dot, this.dotIface, field, field.ident, 0, args, final);
  }

  private evalChainNode(dot: GoValue, chain: ChainNode, args: Node[] | null, final: Final): GoValue {
    this.node = chain;
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    this.resultIface = false;
    const pipe = this.evalArg(dot, null, chain.node);
    const iface = chain.node.kind === 'identifier' && this.resultIface;
    return this.evalFieldChain(dot, pipe, iface, chain, chain.field, 0, args, final);
  }

  private evalVariableNode(dot: GoValue, v: VariableNode, args: Node[] | null, final: Final): GoValue {
    this.node = v;
    const variable = this.findVar(v.ident[0]);
    if (v.ident.length === 1) {
      if (args) this.notAFunction(args, final);
      else if (final !== MISSING) this.notAFunction([v], final);
      return variable.value;
    }
    return this.evalFieldChain(dot, variable.value, variable.iface, v, v.ident, 1, args, final);
  }

  private evalFieldChain(
    dot: GoValue,
    receiver: GoValue,
    iface: boolean,
    node: Node,
    ident: string[],
    from: number,
    args: Node[] | null,
    final: Final,
  ): GoValue {
    const n = ident.length;
    for (let i = from; i < n - 1; i++) {
      receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, iface);
      iface = this.fieldIface;
    }
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, iface);
  }

  private evalFunction(dot: GoValue, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): GoValue {
    this.node = node;
    const fn = this.findFunction(node.ident);
    return this.evalCall(dot, fn, this.lastBuiltin, cmd, node.ident, args, final);
  }

  private evalField(
    dot: GoValue,
    fieldName: string,
    node: Node,
    args: Node[] | null,
    final: Final,
    receiver: GoValue,
    recvIface: boolean,
  ): GoValue {
    this.fieldIface = false;
    if (receiver === undefined) return undefined;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    const typ = recvIface ? 'interface {}' : goTypeOf(receiver);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (receiver instanceof GoMap) {
      const m = receiver.methods;
      if (m && hasOwn.call(m, fieldName)) return this.evalCall(dot, m[fieldName], false, node, fieldName, args, final);
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      const elemType = receiver.elemType;
      this.fieldIface = elemType === 'interface {}';
      const v = receiver.entries.get(fieldName);
      return v === undefined ? zeroValue(elemType) : v;
    }
    if (receiver instanceof GoSlice && receiver.methods && hasOwn.call(receiver.methods, fieldName)) {
      // named slice types with methods, e.g. common.VersionSet.Has
      return this.evalCall(dot, receiver.methods[fieldName], false, node, fieldName, args, final);
    }
    if (receiver instanceof GoTime) {
      const tm = timeMethod(receiver, fieldName);
      if (tm) return this.evalCall(dot, tm, false, node, fieldName, args, final);
    }
    if (receiver instanceof GoStruct) {
      const m = receiver.methods;
      if (hasOwn.call(m, fieldName)) return this.evalCall(dot, m[fieldName], false, node, fieldName, args, final);
      if (receiver.fields.has(fieldName)) {
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        const v = receiver.fields.get(fieldName);
        if (v === undefined || v === null) {
          this.fieldIface = true;
          return null;
        }
        return v;
      }
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  private evalCall(
    dot: GoValue,
    fun: Callable,
    isBuiltin: boolean,
    node: Node,
    name: string,
    args: Node[] | null,
    final: Final,
  ): GoValue {
    if (isBuiltin && (name === 'and' || name === 'or')) {
      this.checkArgCount(fun, name, args, final);
      return this.evalAndOr(dot, name, fun.params[0], args, final);
    }
    const argv = this.callArgs(dot, fun, isBuiltin, name, args, final);
    let v: GoValue;
    try {
      v = (fun.fn as (...a: GoValue[]) => GoValue).apply(this, argv);
    } catch (e) {
      this.callError(e, node, name);
    }
    const iface = fun.results[0] === 'interface {}';
    this.resultIface = iface;
    return v === undefined && iface ? null : v;
  }

  private checkArgCount(fun: Callable, name: string, args: Node[] | null, final: Final): void {
    const numArgs = args === null ? 0 : args.length - 1;
    const numIn = numArgs + (final !== MISSING ? 1 : 0);
    const n = fun.params.length;
    if (fun.variadic) {
      if (numIn < n - 1) this.errorf(`wrong number of args for ${name}: want at least ${n - 1} got ${numArgs}`);
    } else if (numIn !== n) {
      this.errorf(`wrong number of args for ${name}: want ${n} got ${numIn}`);
    }
  }

  private callError(e: unknown, node: Node, name: string): never {
    this.node = node;
    if (e instanceof Error) {
      if (e instanceof RangeError) throw e;
      if (isTemplateError(e) || e instanceof FunctionError) this.errorf(`error calling ${name}: ${e.message}`, e);
      this.errorf(`error calling ${name}: ${e.message}`, e);
    }
    this.errorf(`error calling ${name}: ${String(e)}`);
  }

  /** callArgs evaluates and converts the arguments of a call (Go's evalCall argument loop). */
  private callArgs(
    dot: GoValue,
    fun: Callable,
    isBuiltin: boolean,
    name: string,
    args: Node[] | null,
    final: Final,
  ): GoValue[] {
    const numArgs = args === null ? 0 : args.length - 1;
    const numIn = numArgs + (final !== MISSING ? 1 : 0);
    const params = fun.params;
    const variadic = fun.variadic === true;
    let numFixed = numArgs;
    if (variadic) {
      numFixed = params.length - 1;
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${name}: want at least ${params.length - 1} got ${numArgs}`);
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
    }
    const argv: GoValue[] = new Array(numIn);
    let i = 0;
    for (; i < numFixed && i < numArgs; i++) argv[i] = this.evalArg(dot, params[i], args![i + 1]);
    if (variadic) {
      const argType = params[params.length - 1];
      for (; i < numArgs; i++) argv[i] = this.evalArg(dot, argType, args![i + 1]);
    }
    if (final !== MISSING) {
      const t = variadic && numIn - 1 < numFixed ? params[numIn - 1] : params[params.length - 1];
      argv[i] = this.validateType(final, t);
    }
    if (isBuiltin && name === 'call') {
      const callee = numArgs === 0 ? String(final as GoValue) : nodeString(args![1]);
      argv.unshift(callee);
    }
    return argv;
  }

  private evalAndOr(dot: GoValue, name: string, argType: string, args: Node[] | null, final: Final): GoValue {
    let v: GoValue = undefined;
    const n = args === null ? 0 : args.length;
    for (let i = 1; i < n; i++) {
      v = this.evalArg(dot, argType, args![i]);
      if (truth(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = this.validateType(final, argType);
    return v;
  }

  /** validateType checks a computed value against a parameter type (Go's validateType). */
  private validateType(value: GoValue, typ: string | null): GoValue {
    if (value === undefined) {
      if (typ === null) return undefined;
      if (canBeNil(typ)) return zeroValue(typ);
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === null || typ === 'reflect.Value') return value;
    if (!assignable(value, typ)) {
      if (value === null) this.errorf(`wrong type for value; expected ${typ}; got interface {}`);
      if (value instanceof GoStruct && value.pointer && assignable(derefStruct(value), typ)) return derefStruct(value);
      this.errorf(`wrong type for value; expected ${typ}; got ${goTypeOf(value)}`);
    }
    if (value === null) return null;
    return value;
  }

  /** evalArg evaluates an argument node for a parameter of type `typ` (Go's evalArg). */
  private evalArg(dot: GoValue, typ: string | null, n: Node): GoValue {
    this.node = n;
    switch (n.kind) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ !== null && canBeNil(typ)) return zeroValue(typ);
        return this.errorf(`cannot assign nil to ${typ}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    try {
      return typedLiteral(n, typ);
    } catch (e) {
      if (e instanceof LiteralError) this.errorf(e.message);
      throw e;
    }
  }

  // --- print ------------------------------------------------------------------

  private printValue(n: ActionNode, v: GoValue): void {
    this.node = n;
    if (typeof v === 'string') {
      this.out += v;
      return;
    }
    const text = printableText(v);
    if (text === undefined) this.errorf(`can't print ${nodeString(n)} of type ${goTypeOf(v)}`);
    this.out += text;
  }
}
