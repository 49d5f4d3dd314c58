import { main } from '../../src/cli/main.js';

/** CliResult is what one in-process CLI run printed and returned. */
export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const text = (s: string | Uint8Array): string => (typeof s === 'string' ? s : Buffer.from(s).toString());

/** captureCli runs the k8slint CLI in-process (optionally in `cwd`) and captures stdout, stderr and the exit code. */
export async function captureCli(args: string[], cwd?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const prev = process.cwd();
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += text(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += text(s)), true)) as typeof process.stderr.write;
  if (cwd) process.chdir(cwd);
  try {
    const exitCode = await main(args);
    return { stdout, stderr, exitCode };
  } finally {
    process.chdir(prev);
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** runCli is captureCli with short names: `{ code, out, err }`. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await captureCli(argv);
  return { code: r.exitCode, out: r.stdout, err: r.stderr };
}
