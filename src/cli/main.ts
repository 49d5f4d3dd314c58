import { packageInfo } from '../common/package-info.js';
import { commands } from './commands/index.js';
import { readRenderArgs } from './commands/render-fast-args.js';
import { cliLocale, cliMessage } from './cli-messages.js';
import { takeExitCode } from './exit-code.js';

/** localeArg finds `--locale X` / `--locale=X` in raw arguments (for messages printed before a command runs). */
function localeArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale') return argv[i + 1];
    if (argv[i].startsWith('--locale=')) return argv[i].slice('--locale='.length);
  }
  return undefined;
}

/** YargsUsageAccess is the part of yargs' internal API skipHelpCache reaches (checked at run time). */
interface YargsUsageAccess {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * skipHelpCache stops yargs from rendering a command's whole help text before every command
 * handler runs (it caches it for a later showHelp, which k8slint never calls): ~10 ms of a
 * ~170 ms cold start. Without that internal API (another yargs version) nothing changes.
 */
function skipHelpCache(parser: unknown): void {
  const usage = (parser as YargsUsageAccess).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** UsageFailure stops yargs after a usage error was printed (so no command handler runs). */
class UsageFailure extends Error {}

/** SPECIFY_COMMAND is yargs' message for a missing command; printed through the CLI catalog. */
const SPECIFY_COMMAND = 'Specify a command.';

/**
 * main runs the k8slint CLI with `argv` and resolves to the process exit code. Only the CLI message
 * catalog and the command descriptors load up front; yargs loads unless the fast `render` reader
 * took the arguments, and each command imports its modules when it runs.
 */
export async function main(argv: string[]): Promise<number> {
  // `k8slint render CHART [flags]` in its plain forms skips yargs (a third of a cold start).
  const fast = readRenderArgs(argv);
  if (fast) {
    await (await import('./commands/render-run.js')).run(fast);
    return takeExitCode();
  }
  let exitCode = 0;
  const { default: yargs } = await import('yargs');
  const parser = yargs(argv)
    .scriptName('k8slint')
    .usage('$0 <command> [options]')
    .version(packageInfo().version)
    .command(commands)
    .help()
    .strict()
    .demandCommand(1, SPECIFY_COMMAND)
    .fail((msg, err) => {
      if (err) throw err;
      const locale = cliLocale(localeArg(argv));
      const text = msg === SPECIFY_COMMAND ? cliMessage(locale, 'specifyCommand') : msg;
      process.stderr.write(`${text}\n\n${cliMessage(locale, 'usageHint')}\n`);
      exitCode = 2;
      // Without a throw yargs goes on and runs the command's handler despite the error.
      throw new UsageFailure(text);
    });
  skipHelpCache(parser);
  try {
    await parser.parseAsync();
  } catch (e) {
    if (!(e instanceof UsageFailure)) throw e;
  }
  return Math.max(exitCode, takeExitCode());
}
