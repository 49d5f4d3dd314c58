/**
 * Structured template errors (after Go's parse errors and exec.go `ExecError`). Each error
 * keeps the pieces Go formats into its message; `goMessage` rebuilds Go's exact text and
 * `formatHelmError` (format-helm-error.ts) produces what Helm prints.
 */
import { goQuote } from './go-literals.js';

/** TemplateParseError is a parse or lex error: Go's `template: <file>:<line>: <message>`. */
export class TemplateParseError extends Error {
  readonly code = 'TEMPLATE_PARSE_ERROR';
  constructor(
    /** File (Go ParseName) being parsed. */
    readonly file: string,
    readonly line: number,
    /** Go's message after the location (`unexpected EOF`, `function "x" not defined`). */
    readonly rawMessage: string,
  ) {
    super(`template: ${file}:${line}: ${rawMessage}`);
    this.name = 'TemplateParseError';
  }
  /** goMessage is the error text as Go's text/template prints it. */
  get goMessage(): string {
    return this.message;
  }
}

/** ExecLocation is where an execution error happened (Go's ErrorContext). */
export interface ExecLocation {
  /** File the failing node's text lives in (Go ParseName). */
  file: string;
  line: number;
  /** 0-based byte column within the line. */
  col: number;
  /** Go's String() of the failing node. */
  context: string;
}

/**
 * TemplateExecError is an execution error: Go's
 * `template: <file>:<line>:<col>: executing "<name>" at <<context>>: <message>`.
 * `cause` is the wrapped error of `error calling X: <cause>` (Go's `%w`), so an `include`
 * failure keeps the inner template's error as a chain.
 */
export class TemplateExecError extends Error {
  readonly code = 'TEMPLATE_EXEC_ERROR';
  constructor(
    /** Name of the executing template (file name or define name). */
    readonly templateName: string,
    /** Where; undefined when Go had no current node. */
    readonly location: ExecLocation | undefined,
    /** Go's message after the context (`nil pointer evaluating interface {}.x`). */
    readonly rawMessage: string,
    override readonly cause?: Error,
  ) {
    super(
      location
        ? `template: ${location.file}:${location.line}:${location.col}: executing ${goQuote(templateName)} at <${location.context}>: ${rawMessage}`
        : `template: ${templateName}: ${rawMessage}`,
    );
    this.name = 'TemplateExecError';
  }
  /** goMessage is the error text as Go's text/template prints it. */
  get goMessage(): string {
    return this.message;
  }
}

/** TemplateNotFoundError is ExecuteTemplate's `template: no template "x" associated with template "gotpl"`. */
export class TemplateNotFoundError extends Error {
  readonly code = 'TEMPLATE_NOT_FOUND';
  constructor(
    readonly templateName: string,
    readonly setName: string,
  ) {
    super(`template: no template ${goQuote(templateName)} associated with template ${goQuote(setName)}`);
    this.name = 'TemplateNotFoundError';
  }
}

/** TemplateError is any error the template engine produces. */
export type TemplateError = TemplateParseError | TemplateExecError | TemplateNotFoundError;

/** isTemplateError narrows an unknown error to a template engine error. */
export function isTemplateError(e: unknown): e is TemplateError {
  return e instanceof TemplateParseError || e instanceof TemplateExecError || e instanceof TemplateNotFoundError;
}
