/** ChartErrorCode classifies chart errors so callers match on `code`, not on text. */
export type ChartErrorCode =
  | 'ARCHIVE'
  | 'LOAD'
  | 'METADATA'
  | 'VALUES'
  | 'STRVALS'
  | 'DEPENDENCIES'
  | 'SCHEMA'
  | 'KUBE_VERSION'
  | 'RELEASE_NAME'
  | 'RENDER'
  | 'MANIFEST'
  | 'SHOW_ONLY'
  | 'OUTPUT';

/**
 * ChartError carries Helm's exact error text (what `helm template` prints after `Error: `).
 * `debugHint` marks render/sort failures, after which helm adds "Use --debug flag to render out invalid YAML".
 */
export class ChartError extends Error {
  constructor(
    message: string,
    readonly code: ChartErrorCode,
    readonly debugHint = false,
  ) {
    super(message);
    this.name = 'ChartError';
  }
  /** Log lines helm printed before failing (set by `renderChart`). */
  warnings: string[] = [];
}

/** ChartLoadError is a ChartError raised while reading a chart from disk or an archive. */
export class ChartLoadError extends ChartError {
  constructor(message: string, code: ChartErrorCode = 'LOAD') {
    super(message, code);
    this.name = 'ChartLoadError';
  }
}
