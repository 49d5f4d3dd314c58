/**
 * Resource limits that keep k8slint bounded on untrusted charts, archives and manifests.
 * Every limit lives here so SECURITY.md, the README and the code agree. Where Helm has a
 * limit, k8slint's is the same (Helm's limits are a floor: whatever Helm accepts, k8slint
 * accepts); the others are k8slint's own, sized far above what real charts need.
 */

const MiB = 1024 * 1024;

/** Helm's `MaxDecompressedChartSize`: total decompressed bytes of a chart archive (100 MiB). */
export const MAX_CHART_BYTES = 100 * MiB;

/** Helm's `MaxDecompressedFileSize`: decompressed bytes of one chart file (5 MiB). */
export const MAX_CHART_FILE_BYTES = 5 * MiB;

/** k8slint: entries (files, directories, headers) in one chart archive. */
export const MAX_ARCHIVE_ENTRIES = 65_536;

/** k8slint: elements `until`, `untilStep` and `seq` may produce (Go would allocate them all). */
export const MAX_SEQUENCE_LENGTH = 1_000_000;

/** k8slint: length of `randAlphaNum`, `randAlpha`, `randNumeric`, `randAscii` and `randBytes` results. */
export const MAX_RANDOM_LENGTH = 1_000_000;

/** Helm/Go: `repeat`, `indent` and `nindent` results above 2^29 bytes fail with Go's `runtime: out of memory`. */
export const MAX_REPEAT_BYTES = 2 ** 29;

/** k8slint: characters one template execution (a file, an `include`, a `tpl`) may write. */
export const MAX_TEMPLATE_OUTPUT = 100 * MiB;

/** Helm: nested `include`s of one template name (`recursionMaxNums`). */
export const MAX_INCLUDE_DEPTH = 1000;

/** Go text/template: nested `{{template}}` calls (`maxExecDepth`). */
export const MAX_TEMPLATE_DEPTH = 100_000;

/** k8slint: default wall-clock limit of one render, in milliseconds (`--render-timeout`, 0 disables). */
export const DEFAULT_RENDER_TIMEOUT_MS = 60_000;

/** LimitError reports input that went over one of the limits above. */
export class LimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LimitError';
  }
}

interface Budget {
  deadline: number;
  timeoutMs: number;
  ticks: number;
}

let active: Budget | undefined;

/** formatDuration prints milliseconds as a Go-style duration (`60s`, `1.5s`, `250ms`). */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : ms > 1000 ? `${ms / 1000}s` : `${ms}ms`;
}

/** parseDuration reads `--render-timeout` values: `90`, `90s`, `1m30s`, `500ms`, `0` (off). */
export function parseDuration(text: string): number {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    pos = re.lastIndex;
  }
  if (s === '' || pos !== s.length) throw new LimitError(`invalid duration ${JSON.stringify(text)} (use e.g. 30s, 2m, 500ms or 0 to disable)`);
  return Math.round(total);
}

/**
 * withRenderTimeout runs `fn` with a wall-clock budget of `timeoutMs` (0 or less: none).
 * Rendering is synchronous, so the template executor polls {@link renderLimitExceeded}.
 */
export function withRenderTimeout<T>(timeoutMs: number, fn: () => T): T {
  const saved = active;
  active = timeoutMs > 0 ? { deadline: Date.now() + timeoutMs, timeoutMs, ticks: 0 } : undefined;
  try {
    return fn();
  } finally {
    active = saved;
  }
}

/**
 * renderLimitExceeded is polled by the template executor on every loop iteration and
 * template call; it returns the error message when the current execution's output is over
 * {@link MAX_TEMPLATE_OUTPUT} or the render is past its deadline, else undefined.
 */
export function renderLimitExceeded(outputLength: number): string | undefined {
  if (outputLength > MAX_TEMPLATE_OUTPUT) return `template output exceeds k8slint's limit of ${MAX_TEMPLATE_OUTPUT} characters`;
  if (active !== undefined && (++active.ticks & 1023) === 0 && Date.now() > active.deadline) {
    return `rendering took longer than the render timeout (${formatDuration(active.timeoutMs)}); raise it with --render-timeout`;
  }
  return undefined;
}

/** sequenceLength is how many elements Sprig's untilStep(start, stop, step) yields. */
export function sequenceLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step === 0n) return 0n;
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return stop < start ? (start - stop - step - 1n) / -step : 0n;
}

/** sequenceTooLong returns the error text for a list longer than {@link MAX_SEQUENCE_LENGTH}, else undefined. */
export function sequenceTooLong(n: bigint): string | undefined {
  return n > BigInt(MAX_SEQUENCE_LENGTH) ? `list of ${n} elements exceeds k8slint's limit of ${MAX_SEQUENCE_LENGTH}` : undefined;
}
