import type { Argv, CommandModule } from 'yargs';
import { PARSER_CONFIG } from './parser-config.js';
import { RENDER_OPTIONS, type RenderArgs } from './render-options.js';

export type { RenderArgs } from './render-options.js';

function builder(y: Argv): Argv<RenderArgs> {
  let b = y
    .parserConfiguration({ ...PARSER_CONFIG, 'dot-notation': false, 'parse-numbers': false, 'parse-positional-numbers': false, 'boolean-negation': false, 'camel-case-expansion': false })
    .positional('args', { type: 'string', array: true, describe: 'CHART, or NAME CHART (a chart directory or .tgz)' });
  for (const o of RENDER_OPTIONS) {
    const { name, ...spec } = o;
    b = b.option(name, spec);
  }
  return b.epilogue('stdout is byte-identical to `helm template` with the same flags; errors print as `Error: ...` with exit 1.') as unknown as Argv<RenderArgs>;
}

/** renderCommand is `k8slint render [NAME] CHART [flags]`, a drop-in for `helm template`. */
export const renderCommand: CommandModule<object, RenderArgs> = {
  command: 'render [args..]',
  describe: 'Render a chart exactly like `helm template`, then check the manifests',
  builder,
  handler: async (a) => (await import('./render-run.js')).run(a),
};
