/**
 * Helm's stderr log lines. Helm 3 uses Go's `log` with `Lshortfile` (`coalesce.go:237: msg`);
 * Helm 4 routes `log.Printf` and `slog` through a text handler without time
 * (`level=INFO msg="..."`, `level=WARN msg="..." key=value`).
 */

/** slogValue quotes a value like slog's TextHandler (`needsQuoting`). */
export function slogValue(s: string): string {
  if (s === '' || /[\s="\\]|[^\x20-\x7e]/.test(s)) return JSON.stringify(s).replace(/\\u003c/g, '<').replace(/\\u003e/g, '>');
  return s;
}

/** logPrintf is helm's `log.Printf(msg)` from `origin` (`file.go:line` in Helm 3.17.3). */
export function logPrintf(helmVersion: 3 | 4, origin: string, msg: string): string {
  return helmVersion === 3 ? `${origin}: ${msg}` : `level=INFO msg=${slogValue(msg)}`;
}

/** slogWarn is Helm 4's `slog.Warn(msg, attrs...)`. */
export function slogWarn(msg: string, attrs: [string, string][] = []): string {
  return [`level=WARN msg=${slogValue(msg)}`, ...attrs.map(([k, v]) => `${k}=${slogValue(v)}`)].join(' ');
}
