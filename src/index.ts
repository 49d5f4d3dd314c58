/**
 * k8slint public API. Every public name is listed here explicitly; anything not exported
 * may change without notice.
 */
export { GoInt, GoMap, GoSlice, GoStruct, GoTime, GoFunc } from './template/value.js';
export type { GoValue, IntKind, GoMethod } from './template/value.js';
export { FunctionRegistry, FunctionError } from './template/registry.js';
export type { GoFunction, FunctionTable } from './template/registry.js';
export {
  parseTemplate,
  executeTemplate,
  renderTemplate,
  formatHelmError,
  removeNoValue,
  TemplateSet,
  TemplateParseError,
  TemplateExecError,
  TemplateNotFoundError,
  isTemplateError,
} from './template/index.js';
export type { TemplateOptions, TemplateSetOptions, TemplateError, ExecLocation } from './template/index.js';
export type { TemplateCallContext } from './template/exec.js';
export { validateManifests, ValidateOptionsError } from './findings/validate-manifests.js';
export type { ManifestInput, ValidateOptions } from './findings/validate-manifests.js';
export type { Finding, FindingResource, FindingFix, FindingsReport, FindingsSummary, Severity } from './common/finding.js';
export type { ManifestSource, PositionMapper, SourcePosition } from './documents/manifest-document.js';
export { renderChart, formatTemplateOutput } from './chart/render-chart.js';
export type { RenderChartOptions, RenderChartResult } from './chart/render-chart.js';
export { withRenderTimeout, DEFAULT_RENDER_TIMEOUT_MS } from './common/limits.js';
export { lint } from './findings/lint.js';
export type { LintOptions, LintReport, LintTarget, MatrixRow, MatrixCell } from './findings/lint.js';
export { fix } from './findings/fix.js';
export type { FixReport, FixedFile } from './findings/fix.js';
export { formatters, loadFormatter } from './formatters/formatters.js';
export type { Formatter, FormatterContext, RuleMeta } from './formatters/formatter-context.js';
