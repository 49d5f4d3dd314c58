import type { CommandModule } from 'yargs';
import { validateCommand } from './validate.js';
import { renderCommand } from './render.js';
import { lintCommand } from './lint.js';
import { fixCommand } from './fix.js';

/**
 * commands lists every CLI command; a command is added here when it works. These are light
 * descriptors (flags and help text): each handler imports its `<command>-run.ts` module, and
 * everything heavy behind it, only when that command runs (cold start).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [validateCommand, renderCommand, lintCommand, fixCommand];
