import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RENDER_OPTIONS, type RenderArgs } from './render-options.js';

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

const parseOptions: ParseOptions = Object.fromEntries(
  RENDER_OPTIONS.map((o) => [o.name, { type: o.type, multiple: o.array === true, ...(o.alias ? { short: o.alias } : {}) }]),
);

/**
 * readRenderArgs reads `k8slint render ...` arguments without loading yargs (node's own
 * util.parseArgs and the same option table), so that the most common command starts fast.
 * It reads only the plain forms (`--flag`, `--flag value`, `--flag=value`, `-f value`,
 * repeatable flags repeated) and returns undefined for anything else: help, version,
 * unknown or repeated single flags, bad choices, `--`, short flag groups, inline short
 * values. Then yargs reads the arguments as before, with its help and usage errors.
 */
export function readRenderArgs(argv: readonly string[]): RenderArgs | undefined {
  if (argv[0] !== 'render') return undefined;
  const args = argv.slice(1);
  let parsed: ReturnType<typeof parseArgs<{ options: ParseOptions; strict: true; allowPositionals: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options: parseOptions, strict: true, allowPositionals: true, tokens: true });
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind === 'option-terminator') return undefined;
    if (t.kind !== 'option') continue;
    // `-fvalues.yaml`, `-f=x` and `-gn`: yargs' reading of these is the reference.
    if (!t.rawName.startsWith('--') && args[t.index] !== t.rawName) return undefined;
    const spec = RENDER_OPTIONS.find((o) => o.name === t.name);
    if (!spec) return undefined;
    if (!spec.array && seen.has(t.name)) return undefined;
    seen.add(t.name);
    if (spec.choices && !spec.choices.includes(String(t.value))) return undefined;
  }
  const out: Record<string, unknown> = { args: parsed.positionals };
  for (const o of RENDER_OPTIONS) {
    const v = (parsed.values as Record<string, unknown>)[o.name];
    if (v !== undefined) out[o.name] = v;
    else if (o.default !== undefined) out[o.name] = Array.isArray(o.default) ? [...o.default] : o.default;
  }
  return out as unknown as RenderArgs;
}
