/**
 * Parse-tree nodes (golang/go src/text/template/parse/node.go): a discriminated union of
 * Go's node kinds. Every node records `pos` (UTF-16 offset of its first token in the
 * source text) and the `tree` it belongs to, which supplies the file name and text for
 * Go's error context (`file:line:col`). `nodeString` prints Go's `String()` form.
 */

import { goQuote } from './go-literals.js';
/** Tree is one parsed template: a file's top-level body or a `define`d body. */
export interface Tree {
  /** Name of the template (file name or define name). */
  name: string;
  /** Name of the file being parsed when this tree was created (Go's ParseName). */
  parseName: string;
  /** Root list; null only while parsing failed. */
  root: ListNode | null;
  /** Full text of the file the tree was parsed from. */
  text: string;
}

interface Base {
  pos: number;
  tree: Tree;
}

export interface ListNode extends Base {
  kind: 'list';
  nodes: Node[];
}
export interface TextNode extends Base {
  kind: 'text';
  text: string;
}
export interface CommentNode extends Base {
  kind: 'comment';
  text: string;
}
export interface PipeNode extends Base {
  kind: 'pipe';
  line: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface ActionNode extends Base {
  kind: 'action';
  line: number;
  pipe: PipeNode;
}
export interface CommandNode extends Base {
  kind: 'command';
  args: Node[];
}
export interface IdentifierNode extends Base {
  kind: 'identifier';
  ident: string;
}
export interface VariableNode extends Base {
  kind: 'variable';
  /** Variable name (with `$`) followed by field names. */
  ident: string[];
}
export interface DotNode extends Base {
  kind: 'dot';
}
export interface NilNode extends Base {
  kind: 'nil';
}
export interface FieldNode extends Base {
  kind: 'field';
  /** Field names without the leading periods. */
  ident: string[];
}
export interface ChainNode extends Base {
  kind: 'chain';
  node: Node;
  field: string[];
}
export interface BoolNode extends Base {
  kind: 'bool';
  value: boolean;
}
/** NumberNode holds a numeric constant parsed under every type that can represent it (Go's ideal constants). */
export interface NumberNode extends Base {
  kind: 'number';
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int64: bigint;
  uint64: bigint;
  float64: number;
  /** Real and imaginary parts when isComplex. */
  complex: [number, number];
  text: string;
}
export interface StringNode extends Base {
  kind: 'string';
  /** Original text with quotes. */
  quoted: string;
  /** Unquoted value. */
  text: string;
}
export interface EndNode extends Base {
  kind: 'end';
}
export interface ElseNode extends Base {
  kind: 'else';
  line: number;
}
export interface BranchNode<K extends 'if' | 'range' | 'with'> extends Base {
  kind: K;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}
export type IfNode = BranchNode<'if'>;
export type RangeNode = BranchNode<'range'>;
export type WithNode = BranchNode<'with'>;
export interface TemplateNode extends Base {
  kind: 'template';
  line: number;
  name: string;
  pipe: PipeNode | null;
}
export interface BreakNode extends Base {
  kind: 'break';
  line: number;
}
export interface ContinueNode extends Base {
  kind: 'continue';
  line: number;
}

/** Node is any parse-tree node. */
export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | PipeNode
  | ActionNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | EndNode
  | ElseNode
  | IfNode
  | RangeNode
  | WithNode
  | TemplateNode
  | BreakNode
  | ContinueNode;

/** nodeString returns Go's `String()` form of a node (used in `at <...>` error context). */
export function nodeString(n: Node): string {
  const out: string[] = [];
  writeNode(n, out);
  return out.join('');
}

function writePipe(p: PipeNode, out: string[]): void {
  if (p.decl.length > 0) {
    for (let i = 0; i < p.decl.length; i++) {
      if (i > 0) out.push(', ');
      writeNode(p.decl[i], out);
    }
    out.push(p.isAssign ? ' = ' : ' := ');
  }
  for (let i = 0; i < p.cmds.length; i++) {
    if (i > 0) out.push(' | ');
    writeNode(p.cmds[i], out);
  }
}

function writeNode(n: Node, out: string[]): void {
  switch (n.kind) {
    case 'list':
      for (const c of n.nodes) writeNode(c, out);
      return;
    case 'text':
      out.push(n.text);
      return;
    case 'comment':
      out.push('{{', n.text, '}}');
      return;
    case 'pipe':
      writePipe(n, out);
      return;
    case 'action':
      out.push('{{');
      writePipe(n.pipe, out);
      out.push('}}');
      return;
    case 'command':
      for (let i = 0; i < n.args.length; i++) {
        if (i > 0) out.push(' ');
        const a = n.args[i];
        if (a.kind === 'pipe') {
          out.push('(');
          writePipe(a, out);
          out.push(')');
        } else writeNode(a, out);
      }
      return;
    case 'identifier':
      out.push(n.ident);
      return;
    case 'variable':
      out.push(n.ident.join('.'));
      return;
    case 'dot':
      out.push('.');
      return;
    case 'nil':
      out.push('nil');
      return;
    case 'field':
      for (const id of n.ident) out.push('.', id);
      return;
    case 'chain':
      if (n.node.kind === 'pipe') {
        out.push('(');
        writePipe(n.node, out);
        out.push(')');
      } else writeNode(n.node, out);
      for (const f of n.field) out.push('.', f);
      return;
    case 'bool':
      out.push(n.value ? 'true' : 'false');
      return;
    case 'number':
      out.push(n.text);
      return;
    case 'string':
      out.push(n.quoted);
      return;
    case 'end':
      out.push('{{end}}');
      return;
    case 'else':
      out.push('{{else}}');
      return;
    case 'if':
    case 'range':
    case 'with':
      out.push('{{', n.kind, ' ');
      writePipe(n.pipe, out);
      out.push('}}');
      writeNode(n.list, out);
      if (n.elseList) {
        out.push('{{else}}');
        writeNode(n.elseList, out);
      }
      out.push('{{end}}');
      return;
    case 'template':
      out.push('{{template ', goQuote(n.name));
      if (n.pipe) {
        out.push(' ');
        writePipe(n.pipe, out);
      }
      out.push('}}');
      return;
    case 'break':
      out.push('{{break}}');
      return;
    case 'continue':
      out.push('{{continue}}');
      return;
  }
}

/** isEmptyTree reports whether a node holds nothing but whitespace text and comments (Go's IsEmptyTree). */
export function isEmptyTree(n: Node | null): boolean {
  if (n === null) return true;
  switch (n.kind) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return goTrimSpace(n.text) === '';
    default:
      return false;
  }
}

/** goTrimSpace trims Unicode white space like Go's bytes.TrimSpace. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

function goTrimSpace(s: string): string {
  return GO_SPACE.test(s) ? '' : s;
}
