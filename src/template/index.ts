/**
 * The template stage's entry points: parse and execute Go templates exactly as Helm does.
 */
import { TemplateSet, removeNoValue, type TemplateSetOptions } from './template-set.js';
import { FunctionRegistry } from './registry.js';
import type { GoValue } from './value.js';

export { TemplateSet, removeNoValue } from './template-set.js';
export type { TemplateSetOptions } from './template-set.js';
export { formatHelmError } from './format-helm-error.js';
export { TemplateParseError, TemplateExecError, TemplateNotFoundError, isTemplateError } from './errors.js';
export type { TemplateError, ExecLocation } from './errors.js';

/** TemplateOptions configure `parseTemplate`. */
export interface TemplateOptions {
  /** Functions visible to templates (e.g. `helmFunctions()`); builtins are always present. */
  funcs?: FunctionRegistry;
  /** Helm major version to emulate (default 4). */
  helmVersion?: 3 | 4;
  /** Add to this set instead of creating a new one (Helm parses every chart file into one set). */
  set?: TemplateSet;
}

/**
 * parseTemplate parses `text` as the template `name` (e.g. `mychart/templates/a.yaml`) and
 * returns the template set holding it and its `define`s. The third argument may be the
 * function registry itself. Throws TemplateParseError (format with `formatHelmError`).
 */
export function parseTemplate(name: string, text: string, options?: TemplateOptions | FunctionRegistry): TemplateSet {
  const opts: TemplateOptions =
    options instanceof FunctionRegistry ? { funcs: options, helmVersion: inferHelmVersion(options) } : (options ?? {});
  const set =
    opts.set ?? new TemplateSet({ funcs: opts.funcs, helmVersion: opts.helmVersion } satisfies TemplateSetOptions);
  set.parse(name, text);
  return set;
}

/** inferHelmVersion guesses the Helm major of a bare registry: only Helm 4 defines `mustToYaml`. */
function inferHelmVersion(funcs: FunctionRegistry): 3 | 4 {
  return funcs.has('toYaml') && !funcs.has('mustToYaml') ? 3 : 4;
}

/**
 * executeTemplate runs template `name` of `set` with `data` as dot and `$`, returning the raw
 * output (`<no value>` kept; Helm removes it per file with `removeNoValue`). Throws
 * TemplateExecError or TemplateNotFoundError (format with `formatHelmError`).
 */
export function executeTemplate(set: TemplateSet, name: string, data: GoValue): string {
  return set.execute(name, data);
}

/** renderTemplate parses and executes one template like a Helm chart file, `<no value>` removed. */
export function renderTemplate(name: string, text: string, data: GoValue, options?: TemplateOptions): string {
  return removeNoValue(executeTemplate(parseTemplate(name, text, options), name, data));
}
