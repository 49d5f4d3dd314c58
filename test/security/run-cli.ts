/**
 * runCli runs `k8slint` in-process with captured stdout/stderr (as the golden chart test does),
 * so adversarial inputs are checked through the same path CI users take.
 */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function runCli(args: string[], cwd?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const prev = process.cwd();
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += typeof s === 'string' ? s : Buffer.from(s).toString()), true)) as typeof process.stderr.write;
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
