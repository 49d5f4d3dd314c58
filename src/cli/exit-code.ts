let pending = 0;

/** setExitCode records a command's exit code for `main` to return (the highest one wins). */
export function setExitCode(code: number): void {
  pending = Math.max(pending, code);
}

/** takeExitCode returns and clears the recorded exit code. */
export function takeExitCode(): number {
  const code = pending;
  pending = 0;
  return code;
}
