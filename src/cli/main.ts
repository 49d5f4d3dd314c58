import { packageInfo } from '../common/package-info.js';
import yargs from 'yargs';
import { commands } from './commands/index.js';
import { takeExitCode } from './exit-code.js';

const pkg = packageInfo();

/** main runs the k8slint CLI with `argv` and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName('k8slint')
    .usage('$0 <command> [options]')
    .version(pkg.version)
    .command(commands)
    .help()
    .strict()
    .demandCommand(1, 'Specify a command.')
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`${msg}\n\nRun 'k8slint --help' for usage.\n`);
      exitCode = 2;
    });
  await parser.parseAsync();
  return Math.max(exitCode, takeExitCode());
}
