/**
 * The fast `render` argument reader must read exactly what yargs reads (the yargs command is
 * the reference: help, usage errors and every unusual form stay with it), and must hand
 * everything it does not read the same way back to yargs.
 */
import { describe, expect, test } from 'vitest';
import yargs from 'yargs';
import { renderCommand, type RenderArgs } from '../../src/cli/commands/render.js';
import { readRenderArgs } from '../../src/cli/commands/render-fast-args.js';
import { RENDER_OPTIONS } from '../../src/cli/commands/render-options.js';

/** viaYargs parses `argv` with the real render command and returns the handler's arguments. */
async function viaYargs(argv: string[]): Promise<RenderArgs> {
  let got: RenderArgs | undefined;
  await yargs(argv)
    .command({ ...renderCommand, handler: (a) => void (got = a) })
    .strict()
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    })
    .parseAsync();
  if (!got) throw new Error('render handler did not run');
  return got;
}

/** pick keeps the fields `render` reads (yargs adds aliases, `_` and `$0`). */
function pick(a: RenderArgs): Record<string, unknown> {
  const keys = ['args', ...RENDER_OPTIONS.map((o) => o.name)] as const;
  return Object.fromEntries(keys.map((k) => [k, (a as unknown as Record<string, unknown>)[k] ?? (k === 'args' ? [] : undefined)]));
}

const accepted: string[][] = [
  ['render', './chart'],
  ['render', 'my-release', './chart'],
  ['render', './chart', '--no-lint'],
  ['render', '--no-lint', './chart', '--helm-version', '3'],
  ['render', './chart', '-f', 'a.yaml', '--values', 'b.yaml,c.yaml', '-f', 'd.yaml'],
  ['render', './chart', '--set', 'a=1,b=2', '--set', 'c[0].d=x', '--set-string', 'e=010'],
  ['render', './chart', '--set=a=b', '--set-json', 'j={"x":[1,2]}', '--set-literal', 'l=a,b', '--set-file', 'f=values.yaml'],
  ['render', './chart', '-n', 'prod', '--kube-version', 'v1.29.0', '-a', 'x/v1,y/v1', '--api-versions', 'z/v1/Kind'],
  ['render', './chart', '--include-crds', '--skip-crds', '--skip-tests', '--no-hooks', '--is-upgrade', '--release-name'],
  ['render', './chart', '-s', 'templates/a.yaml', '--show-only', 'templates/b.yaml', '--output-dir', 'out'],
  ['render', './chart', '--skip-schema-validation', '--name-template', '{{ "x" }}', '-g'],
  ['render', './chart', '--render-timeout', '0', '--namespace=ns'],
  ['render', './chart', '--set', ''],
  ['render', '010', './chart', '--set', '1e3=5'],
  ['render'],
  ['render', 'a', 'b', 'c'],
  ['render', '--set', 'a=1', './chart'],
  ['render', '-f', 'a.yaml', 'rel', './chart', '--show-only', 'templates/x.yaml', 'more'],
];

const declined: string[][] = [
  ['render', '--help'],
  ['render', './chart', '-h'],
  ['render', './chart', '--version'],
  ['render', './chart', '--unknown'],
  ['render', './chart', '--helm-version', '5'],
  ['render', './chart', '-n', 'a', '-n', 'b'],
  ['render', './chart', '--include-crds=true'],
  ['render', './chart', '-fa.yaml'],
  ['render', './chart', '-gn', 'x'],
  ['render', './chart', '--', '--set'],
  ['render', './chart', '--namespace'],
  ['lint', './chart'],
  [],
];

describe('readRenderArgs', () => {
  test.each(accepted.map((a) => [a.join(' '), a] as const))('reads %s as yargs does', async (_n, argv) => {
    const fast = readRenderArgs(argv);
    expect(fast, 'the fast reader should take these arguments').toBeDefined();
    expect(pick(fast as RenderArgs)).toEqual(pick(await viaYargs(argv)));
  });

  test.each(declined.map((a) => [a.join(' ') || '(none)', a] as const))('leaves %s to yargs', (_n, argv) => {
    expect(readRenderArgs(argv)).toBeUndefined();
  });
});
