// api-docs-lib renders docs/api.md from src/index.ts's exports with the TypeScript compiler API:
// each public name with its kind, signature (or declaration) and doc comment. Used by
// scripts/api-docs.ts (npm run docs:api) and test/scripts/api-docs.test.ts (fails when stale).
import { join, relative } from 'node:path';
import ts from 'typescript';

/** ApiEntry is one public name of the library. */
export interface ApiEntry {
  name: string;
  kind: 'function' | 'class' | 'constant' | 'interface' | 'type';
  /** source file (relative to the package root, `/` separated). */
  file: string;
  /** TypeScript declaration text (signatures, members). */
  signature: string;
  doc: string;
}

const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrowStyleSignature;
const KIND_ORDER: ApiEntry['kind'][] = ['function', 'class', 'constant', 'interface', 'type'];
const KIND_TITLE: Record<ApiEntry['kind'], string> = { function: 'Functions', class: 'Classes', constant: 'Constants', interface: 'Interfaces', type: 'Types' };

function docOf(sym: ts.Symbol, checker: ts.TypeChecker): string {
  const text = ts.displayPartsToString(sym.getDocumentationComment(checker)).trim();
  const tags = sym
    .getJsDocTags(checker)
    .filter((t) => t.name !== 'internal')
    .map((t) => `- \`@${t.name}\`${t.text ? ` ${ts.displayPartsToString(t.text).trim()}` : ''}`);
  return [text, tags.join('\n')].filter(Boolean).join('\n\n');
}

/** memberDoc is a member's doc comment as `/** … *\/` lines indented by two spaces. */
function memberDoc(sym: ts.Symbol, checker: ts.TypeChecker): string[] {
  const text = ts.displayPartsToString(sym.getDocumentationComment(checker)).trim();
  if (!text) return [];
  const lines = text.split('\n');
  return lines.length === 1 ? [`  /** ${lines[0]} */`] : ['  /**', ...lines.map((l) => `   * ${l}`.trimEnd()), '   */'];
}

function isPublicMember(decl: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(decl);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  const name = ts.getNameOfDeclaration(decl);
  return !(name && ts.isPrivateIdentifier(name));
}

function classSignature(name: string, decl: ts.ClassDeclaration, sym: ts.Symbol, checker: ts.TypeChecker): string {
  const heritage = (decl.heritageClauses ?? []).map((h) => h.getText()).join(' ');
  const typeParams = decl.typeParameters ? `<${decl.typeParameters.map((p) => p.getText()).join(', ')}>` : '';
  const out = [`class ${name}${typeParams}${heritage ? ` ${heritage}` : ''} {`];
  const ctorType = checker.getTypeOfSymbolAtLocation(sym, decl);
  for (const sig of ctorType.getConstructSignatures()) {
    const d = sig.getDeclaration();
    if (d && !isPublicMember(d)) continue;
    if (!d && decl.heritageClauses) continue; // inherited constructor: documented on the base class
    out.push(`  constructor${checker.signatureToString(sig, decl, FORMAT).replace(/ => .*$/s, '')};`);
  }
  const members: [ts.Symbol, boolean][] = [
    ...checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(sym, decl)).filter((m) => m.name !== 'prototype').map((m): [ts.Symbol, boolean] => [m, true]),
    ...[...(sym.members?.values() ?? [])].filter((m) => m.name !== '__constructor').map((m): [ts.Symbol, boolean] => [m, false]),
  ];
  for (const [m, isStatic] of members) {
    const d = m.valueDeclaration ?? m.declarations?.[0];
    // own members only (inherited ones are documented on the base class); constructor parameter properties count
    const own = d && (d.parent === decl || (ts.isParameter(d) && d.parent.parent === decl));
    if (!d || !own || !isPublicMember(d)) continue;
    const prefix = `${isStatic ? 'static ' : ''}${ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly ? 'readonly ' : ''}`;
    out.push(...memberDoc(m, checker));
    const type = checker.getTypeOfSymbolAtLocation(m, d);
    if (ts.isMethodDeclaration(d)) {
      for (const sig of type.getCallSignatures()) out.push(`  ${prefix}${m.name}${checker.signatureToString(sig, d, FORMAT & ~ts.TypeFormatFlags.WriteArrowStyleSignature)};`);
    } else if (ts.isGetAccessorDeclaration(d)) {
      out.push(`  ${prefix}get ${m.name}(): ${checker.typeToString(type, d, FORMAT)};`);
    } else if (!ts.isSetAccessorDeclaration(d)) {
      out.push(`  ${prefix}${m.name}${m.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${checker.typeToString(type, d, FORMAT)};`);
    }
  }
  out.push('}');
  return out.join('\n');
}

function interfaceSignature(name: string, decls: ts.InterfaceDeclaration[], checker: ts.TypeChecker, printer: ts.Printer): string {
  const first = decls[0];
  const typeParams = first.typeParameters ? `<${first.typeParameters.map((p) => p.getText()).join(', ')}>` : '';
  const heritage = (first.heritageClauses ?? []).map((h) => h.getText()).join(' ');
  const out = [`interface ${name}${typeParams}${heritage ? ` ${heritage}` : ''} {`];
  for (const decl of decls) {
    for (const member of decl.members) {
      const msym = member.name ? checker.getSymbolAtLocation(member.name) : undefined;
      if (msym) out.push(...memberDoc(msym, checker));
      const text = printer.printNode(ts.EmitHint.Unspecified, member, decl.getSourceFile()).replace(/\s*\n\s*/g, ' ');
      out.push(`  ${text}`);
    }
  }
  out.push('}');
  return out.join('\n');
}

function entryFor(name: string, sym: ts.Symbol, checker: ts.TypeChecker, printer: ts.Printer, root: string): ApiEntry | undefined {
  const decls = sym.declarations ?? [];
  const decl = decls[0];
  if (!decl) return undefined;
  const file = relative(root, decl.getSourceFile().fileName).split('\\').join('/');
  const doc = docOf(sym, checker);
  if (ts.isFunctionDeclaration(decl)) {
    const sigs = checker.getTypeOfSymbolAtLocation(sym, decl).getCallSignatures();
    const signature = sigs.map((s) => `function ${name}${checker.signatureToString(s, decl, FORMAT & ~ts.TypeFormatFlags.WriteArrowStyleSignature)}`).join('\n');
    return { name, kind: 'function', file, signature, doc };
  }
  if (ts.isClassDeclaration(decl)) return { name, kind: 'class', file, signature: classSignature(name, decl, sym, checker), doc };
  if (ts.isInterfaceDeclaration(decl)) {
    return { name, kind: 'interface', file, signature: interfaceSignature(name, decls.filter(ts.isInterfaceDeclaration), checker, printer), doc };
  }
  if (ts.isTypeAliasDeclaration(decl)) {
    const text = printer.printNode(ts.EmitHint.Unspecified, decl, decl.getSourceFile()).replace(/^export\s+/, '');
    return { name, kind: 'type', file, signature: text, doc };
  }
  if (ts.isVariableDeclaration(decl)) {
    const type = checker.getTypeOfSymbolAtLocation(sym, decl);
    const sigs = type.getCallSignatures();
    if (sigs.length > 0 && decl.initializer && (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))) {
      const signature = sigs.map((s) => `function ${name}${checker.signatureToString(s, decl, FORMAT & ~ts.TypeFormatFlags.WriteArrowStyleSignature)}`).join('\n');
      return { name, kind: 'function', file, signature, doc };
    }
    const declared = decl.type ? decl.type.getText() : checker.typeToString(type, decl, FORMAT);
    return { name, kind: 'constant', file, signature: `const ${name}: ${declared}`, doc };
  }
  return undefined;
}

/** apiEntries lists the exports of `src/index.ts` under `root`, in the order the index names them. */
export function apiEntries(root: string): ApiEntry[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram({ rootNames: [entry], options: { ...(parsed?.options ?? {}), noEmit: true } });
  const checker = program.getTypeChecker();
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const out: ApiEntry[] = [];
  for (const stmt of source.statements) {
    if (!ts.isExportDeclaration(stmt) || !stmt.exportClause || !ts.isNamedExports(stmt.exportClause)) continue;
    for (const el of stmt.exportClause.elements) {
      const alias = checker.getSymbolAtLocation(el.name);
      if (!alias) continue;
      const sym = alias.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(alias) : alias;
      const e = entryFor(el.name.text, sym, checker, printer, root);
      if (e) out.push(e);
    }
  }
  return out;
}

/** renderApiDocs is the text of docs/api.md for the package at `root`. */
export function renderApiDocs(root: string): string {
  const entries = apiEntries(root);
  const out = [
    '# k8slint library API',
    '',
    '<!-- Generated from src/index.ts by `npm run docs:api` (scripts/api-docs.ts); do not edit. -->',
    '',
    'Everything `import { … } from \'k8slint\'` offers: each export with its kind, TypeScript',
    'signature and doc comment. Anything not listed here is internal and may change without notice.',
    '',
  ];
  for (const kind of KIND_ORDER) {
    const list = entries.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en'));
    if (list.length) out.push(`- ${KIND_TITLE[kind]}: ${list.map((e) => `[\`${e.name}\`](#${e.name.toLowerCase()})`).join(', ')}`);
  }
  for (const kind of KIND_ORDER) {
    const list = entries.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en'));
    if (!list.length) continue;
    out.push('', `## ${KIND_TITLE[kind]}`);
    for (const e of list) {
      out.push('', `### ${e.name}`, '', `${e.kind} · [\`${e.file}\`](../${e.file})`, '', '```ts', e.signature, '```');
      if (e.doc) out.push('', e.doc);
    }
  }
  return `${out.join('\n')}\n`;
}
