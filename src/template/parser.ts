/**
 * Recursive-descent parser for Go templates (golang/go src/text/template/parse/parse.go).
 * One `Parser` per tree (file body, `define` or `block`), all sharing one lexer and one
 * tree set, exactly as Go does; error texts and line numbers follow Go.
 */
import { ItemType, Lexer, type Item } from './lexer.js';
import {
  isEmptyTree,
  nodeString,
  type ChainNode,
  type CommandNode,
  type ElseNode,
  type EndNode,
  type ListNode,
  type Node,
  type NumberNode,
  type PipeNode,
  type TemplateNode,
  type Tree,
  type VariableNode,
} from './nodes.js';
import { TemplateParseError } from './errors.js';
import {
  StrconvError,
  goQuote,
  goUnquote,
  parseGoFloat,
  parseGoInt,
  parseGoUint,
  truncateRunes,
  unquoteChar,
} from './go-literals.js';

/** FunctionCheck tells the parser whether an identifier names a function (funcs + builtins). */
export type FunctionCheck = (name: string) => boolean;

const MAX_STACK_DEPTH = 10000;
const MAX_PIPELINE_CMDS = 100000;

/** itemString is Go's item.String(), used in `unexpected X in Y` messages. */
function itemString(i: Item): string {
  if (i.typ === ItemType.EOF) return 'EOF';
  if (i.typ === ItemType.Error) return i.val;
  if (i.typ > ItemType.Keyword) return `<${i.val}>`;
  if (Buffer.byteLength(i.val) > 10) return goQuote(truncateRunes(i.val, 10)) + '...';
  return goQuote(i.val);
}

/** Parser parses one tree; nested `define`/`block` bodies get their own Parser on the same lexer. */
class Parser {
  private readonly token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  private stackDepth = 0;

  constructor(
    readonly tree: Tree,
    private readonly lex: Lexer,
    private readonly treeSet: Map<string, Tree>,
    private readonly hasFunction: FunctionCheck,
  ) {
    lex.options = { emitComment: false, breakOK: !hasFunction('break'), continueOK: !hasFunction('continue') };
  }

  // --- token stream -------------------------------------------------------

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount];
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === ItemType.Space);
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  // --- errors ---------------------------------------------------------------

  errorf(msg: string): never {
    this.tree.root = null;
    throw new TemplateParseError(this.tree.parseName, this.token[0]?.line ?? 1, msg);
  }
  private errorFrom(e: unknown): never {
    if (e instanceof StrconvError || e instanceof Error) this.errorf(e.message);
    throw e;
  }
  private expect(expected: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }
  private expectOneOf(e1: ItemType, e2: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== e1 && t.typ !== e2) this.unexpected(t, context);
    return t;
  }
  private unexpected(token: Item, context: string): never {
    if (token.typ === ItemType.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.tree.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  // --- node constructors ------------------------------------------------------

  private newList(pos: number): ListNode {
    return { kind: 'list', pos, tree: this.tree, nodes: [] };
  }
  private newPipeline(pos: number, line: number): PipeNode {
    return { kind: 'pipe', pos, tree: this.tree, line, isAssign: false, decl: [], cmds: [] };
  }
  private newVariable(pos: number, ident: string): VariableNode {
    return { kind: 'variable', pos, tree: this.tree, ident: ident.split('.') };
  }
  private newTemplate(pos: number, line: number, name: string, pipe: PipeNode | null): TemplateNode {
    return { kind: 'template', pos, tree: this.tree, line, name, pipe };
  }

  // --- grammar ----------------------------------------------------------------

  /** parse: (text | action | define)* EOF — the top level of a file. */
  parse(): void {
    this.tree.root = this.newList(this.peek().pos);
    while (this.peek().typ !== ItemType.EOF) {
      if (this.peek().typ === ItemType.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === ItemType.Define) {
          const t: Tree = { name: 'definition', parseName: this.tree.parseName, root: null, text: this.tree.text };
          new Parser(t, this.lex, this.treeSet, this.hasFunction).parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      this.tree.root.nodes.push(n);
    }
  }

  /** add installs the tree in the set; a second non-empty definition is an error. */
  add(): void {
    const existing = this.treeSet.get(this.tree.name);
    if (!existing || isEmptyTree(existing.root)) {
      this.treeSet.set(this.tree.name, this.tree);
      return;
    }
    if (!isEmptyTree(this.tree.root))
      this.errorf(`template: multiple definition of template ${goQuote(this.tree.name)}`);
  }

  /** parseDefinition: {{define "name"}} itemList {{end}} — `define` is already consumed. */
  parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
    try {
      this.tree.name = goUnquote(name.val);
    } catch (e) {
      this.errorFrom(e);
    }
    this.expect(ItemType.RightDelim, context);
    const [list, end] = this.itemList();
    this.tree.root = list;
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.add();
  }

  /** itemList: textOrAction* — ends at {{end}} or {{else}}, returned separately. */
  itemList(): [ListNode, EndNode | ElseNode] {
    const list = this.newList(this.peekNonSpace().pos);
    while (this.peekNonSpace().typ !== ItemType.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  /** textOrAction: text | comment | action */
  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Text:
        return { kind: 'text', pos: token.pos, tree: this.tree, text: token.val };
      case ItemType.LeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case ItemType.Comment:
        return { kind: 'comment', pos: token.pos, tree: this.tree, text: token.val };
      default:
        this.unexpected(token, 'input');
    }
  }

  /** action: control | command ("|" command)* — the left delimiter is past. */
  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Block:
        return this.blockControl();
      case ItemType.Break:
        return this.breakControl(token, 'break');
      case ItemType.Continue:
        return this.breakControl(token, 'continue');
      case ItemType.Else:
        return this.elseControl();
      case ItemType.End:
        return { kind: 'end', pos: this.expect(ItemType.RightDelim, 'end').pos, tree: this.tree };
      case ItemType.If:
        return this.branchControl('if');
      case ItemType.Range:
        return this.branchControl('range');
      case ItemType.Template:
        return this.templateControl();
      case ItemType.With:
        return this.branchControl('with');
    }
    this.backup();
    const t = this.peek();
    return {
      kind: 'action',
      pos: t.pos,
      tree: this.tree,
      line: t.line,
      pipe: this.pipeline('command', ItemType.RightDelim),
    };
  }

  /** {{break}} / {{continue}} — only inside {{range}}. */
  private breakControl(kw: Item, name: 'break' | 'continue'): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, `{{${name}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${name}}} outside {{range}}`);
    return { kind: name, pos: kw.pos, tree: this.tree, line: kw.line };
  }

  /**
   * pipeline: declarations? command ('|' command)*
   * declarations: $x (':=' | '=') | $k ',' $v (':=' | '=')   (two variables only in range)
   */
  private pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const pipe = this.newPipeline(start.pos, start.line);
    this.declarations(pipe, context);
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case ItemType.Bool:
        case ItemType.CharConstant:
        case ItemType.Complex:
        case ItemType.Dot:
        case ItemType.Field:
        case ItemType.Identifier:
        case ItemType.Number:
        case ItemType.Nil:
        case ItemType.RawString:
        case ItemType.String:
        case ItemType.Variable:
        case ItemType.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          if (pipe.cmds.length > MAX_PIPELINE_CMDS) this.errorf('pipeline too long');
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== ItemType.Variable) return;
      this.next();
      // Three-token look-ahead: in "$x foo" the token after $x decides it is an argument.
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
        pipe.isAssign = next.typ === ItemType.Assign;
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        return;
      }
      if (next.typ === ItemType.Char && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen) continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      if (tokenAfterVariable.typ === ItemType.Space) this.backup3(v, tokenAfterVariable);
      else this.backup2(v);
      return;
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      switch (pipe.cmds[i].args[0].kind) {
        case 'bool':
        case 'dot':
        case 'nil':
        case 'number':
        case 'string':
          this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }

  /** control: pipeline itemList ({{else}} itemList)? {{end}}, with `else if` / `else with` chains. */
  private branchControl(kind: 'if' | 'range' | 'with'): Node {
    const saved = this.vars.length;
    try {
      const pipe = this.pipeline(kind, ItemType.RightDelim);
      if (kind === 'range') this.rangeDepth++;
      const [list, next] = this.itemList();
      if (kind === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.kind === 'else') {
        if (kind === 'if' && this.peek().typ === ItemType.If) {
          this.next();
          elseList = this.newList(next.pos);
          elseList.nodes.push(this.branchControl('if'));
        } else if (kind === 'with' && this.peek().typ === ItemType.With) {
          this.next();
          elseList = this.newList(next.pos);
          elseList.nodes.push(this.branchControl('with'));
        } else {
          const [els, end] = this.itemList();
          elseList = els;
          if (end.kind !== 'end') this.errorf(`expected end; found ${nodeString(end)}`);
        }
      }
      return { kind, pos: pipe.pos, tree: this.tree, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = saved;
    }
  }

  /** else: {{else}} or the start of {{else if}} / {{else with}} (the keyword stays pending). */
  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === ItemType.If || peek.typ === ItemType.With) {
      return { kind: 'else', pos: peek.pos, tree: this.tree, line: peek.line };
    }
    const token = this.expect(ItemType.RightDelim, 'else');
    return { kind: 'else', pos: token.pos, tree: this.tree, line: token.line };
  }

  /** block: {{block "name" pipeline}} itemList {{end}} = define + template. */
  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, ItemType.RightDelim);
    const t: Tree = { name, parseName: this.tree.parseName, root: null, text: this.tree.text };
    const block = new Parser(t, this.lex, this.treeSet, this.hasFunction);
    const [list, end] = block.itemList();
    t.root = list;
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    block.add();
    return this.newTemplate(token.pos, token.line, name, pipe);
  }

  /** template: {{template "name" pipeline?}} */
  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== ItemType.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, ItemType.RightDelim);
    }
    return this.newTemplate(token.pos, token.line, name, pipe);
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === ItemType.String || token.typ === ItemType.RawString) {
      try {
        return goUnquote(token.val);
      } catch (e) {
        this.errorFrom(e);
      }
    }
    this.unexpected(token, context);
  }

  /** command: operand (space operand)* — up to '|', ')' or the right delimiter. */
  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, tree: this.tree, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === ItemType.Space) continue;
      if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen) this.backup();
      else if (token.typ !== ItemType.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  /** operand: term .Field* — a field/variable chain keeps the position of its second token. */
  private operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === ItemType.Field) {
      const chain: ChainNode = { kind: 'chain', pos: this.peek().pos, tree: this.tree, node, field: [] };
      while (this.peek().typ === ItemType.Field) chain.field.push(this.next().val.slice(1));
      switch (node.kind) {
        case 'field':
          node = { kind: 'field', pos: chain.pos, tree: this.tree, ident: [...node.ident, ...chain.field] };
          break;
        case 'variable':
          node = { kind: 'variable', pos: chain.pos, tree: this.tree, ident: [...node.ident, ...chain.field] };
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
          break;
        default:
          node = chain;
      }
    }
    return node;
  }

  /** term: literal | nil | . | .Field | $var | identifier | '(' pipeline ')' */
  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Identifier:
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { kind: 'identifier', pos: token.pos, tree: this.tree, ident: token.val };
      case ItemType.Dot:
        return { kind: 'dot', pos: token.pos, tree: this.tree };
      case ItemType.Nil:
        return { kind: 'nil', pos: token.pos, tree: this.tree };
      case ItemType.Variable:
        return this.useVar(token.pos, token.val);
      case ItemType.Field:
        return { kind: 'field', pos: token.pos, tree: this.tree, ident: token.val.slice(1).split('.') };
      case ItemType.Bool:
        return { kind: 'bool', pos: token.pos, tree: this.tree, value: token.val === 'true' };
      case ItemType.CharConstant:
      case ItemType.Complex:
      case ItemType.Number:
        return this.newNumber(token);
      case ItemType.LeftParen: {
        if (this.stackDepth >= MAX_STACK_DEPTH) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', ItemType.RightParen);
        } finally {
          this.stackDepth--;
        }
      }
      case ItemType.String:
      case ItemType.RawString: {
        let text = '';
        try {
          text = goUnquote(token.val);
        } catch (e) {
          this.errorFrom(e);
        }
        return { kind: 'string', pos: token.pos, tree: this.tree, quoted: token.val, text };
      }
    }
    this.backup();
    return null;
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name);
    if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${goQuote(v.ident[0])}`);
    return v;
  }

  private newNumber(token: Item): NumberNode {
    try {
      return parseNumber(token, this.tree);
    } catch (e) {
      this.errorFrom(e);
    }
  }
}

const TWO63 = 2 ** 63;
const TWO64 = 2 ** 64;

function setFromFloat(n: NumberNode, f: number): void {
  n.isFloat = true;
  n.float64 = f;
  if (!n.isInt && Number.isInteger(f) && f >= -TWO63 && f < TWO63) {
    n.isInt = true;
    n.int64 = BigInt(f);
  }
  if (!n.isUint && Number.isInteger(f) && f >= 0 && f < TWO64) {
    n.isUint = true;
    n.uint64 = BigInt(f);
  }
}

function simplifyComplex(n: NumberNode): void {
  n.isFloat = n.complex[1] === 0;
  if (n.isFloat) setFromFloat(n, n.complex[0]);
}

/** parseNumber builds a NumberNode the way Go's parse.newNumber does (ideal constants). */
export function parseNumber(token: Item, tree: Tree): NumberNode {
  const text = token.val;
  const n: NumberNode = {
    kind: 'number',
    pos: token.pos,
    tree,
    isInt: false,
    isUint: false,
    isFloat: false,
    isComplex: false,
    int64: 0n,
    uint64: 0n,
    float64: 0,
    complex: [0, 0],
    text,
  };
  if (token.typ === ItemType.CharConstant) {
    const [ch, next] = unquoteChar(text, 1, text[0]);
    if (text.slice(next) !== "'") throw new Error(`malformed character constant: ${text}`);
    const r = ch.codePointAt(0)!;
    n.int64 = BigInt(r);
    n.uint64 = BigInt(r);
    n.float64 = r;
    n.isInt = n.isUint = n.isFloat = true;
    return n;
  }
  if (token.typ === ItemType.Complex) {
    const m = /^([+-]?[^+-]*?(?:[eEpP][+-][^+-]*)?)([+-].*)i$/.exec(text);
    const re = m ? parseGoFloat(m[1]) : undefined;
    const im = m ? parseGoFloat(m[2]) : undefined;
    if (re === undefined || im === undefined) throw new Error('expected integer');
    n.isComplex = true;
    n.complex = [re, im];
    simplifyComplex(n);
    return n;
  }
  if (text.endsWith('i')) {
    const f = parseGoFloat(text.slice(0, -1));
    if (f !== undefined) {
      n.isComplex = true;
      n.complex = [0, f];
      simplifyComplex(n);
      return n;
    }
  }
  const u = parseGoUint(text);
  if (u !== undefined) {
    n.isUint = true;
    n.uint64 = u;
  }
  const i = parseGoInt(text);
  if (i !== undefined) {
    n.isInt = true;
    n.int64 = i;
    if (i === 0n) {
      n.isUint = true;
      n.uint64 = u ?? 0n;
    }
  }
  if (n.isInt) {
    n.isFloat = true;
    n.float64 = Number(n.int64);
  } else if (n.isUint) {
    n.isFloat = true;
    n.float64 = Number(n.uint64);
  } else {
    const f = parseGoFloat(text);
    if (f !== undefined) {
      if (!/[.eEpP]/.test(text)) throw new Error(`integer overflow: ${goQuote(text)}`);
      setFromFloat(n, f);
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) throw new Error(`illegal number syntax: ${goQuote(text)}`);
  return n;
}

/**
 * parseTrees parses `text` as the template `name` and returns every tree it defines
 * (the file body under `name`, plus each define/block), as Go's parse.Parse does.
 * Throws TemplateParseError.
 */
export function parseTrees(
  name: string,
  text: string,
  hasFunction: FunctionCheck,
  helmVersion: 3 | 4 = 4,
): Map<string, Tree> {
  const treeSet = new Map<string, Tree>();
  const tree: Tree = { name, parseName: name, root: null, text };
  const lexer = new Lexer(name, text);
  lexer.commentLines = helmVersion === 4;
  const p = new Parser(tree, lexer, treeSet, hasFunction);
  p.parse();
  p.add();
  return treeSet;
}
