/**
 * formatHelmError: the text Helm prints after `Error: ` for a template error
 * (helm/helm pkg/engine/engine.go `cleanupParseError`, `reformatExecErrorMsg` (Helm 4),
 * `cleanupExecError` (Helm 3)). The CLI's `Use --debug flag ...` note is not included.
 */
import { TemplateExecError, TemplateNotFoundError, TemplateParseError } from './errors.js';

const HELM_ERR = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;

interface Traceable {
  location: string;
  executing: string;
  message: string;
}

/** cutChained trims a chained inner error (`... template: ...`) off a message, as Helm 4 does. */
function cutChained(msg: string): string {
  const i = msg.indexOf(' template:');
  return i === -1 ? msg : msg.slice(0, i);
}

function traceOf(e: TemplateExecError): Traceable {
  const loc = e.location;
  if (!loc) return { location: e.templateName, executing: '', message: cutChained(e.rawMessage) };
  const exec = e.message.slice(`template: ${loc.file}:${loc.line}:${loc.col}: `.length);
  const at = exec.indexOf('>: ');
  return {
    location: `${loc.file}:${loc.line}:${loc.col}`,
    executing: exec.slice(0, at + 2),
    message: cutChained(exec.slice(at + 3)),
  };
}

function traceString(t: Traceable): string {
  let s = '';
  if (t.location) s += t.location + '\n  ';
  if (t.executing) s += t.executing + '\n    ';
  if (t.message) s += t.message + '\n';
  return s;
}

/** helm4Trace renders Helm 4's multi-line trace, or undefined when a link is not a template error. */
function helm4Trace(err: TemplateExecError): string | undefined {
  const links: Traceable[] = [];
  let cur: Error | undefined = err;
  while (cur) {
    let t: Traceable;
    if (cur instanceof TemplateExecError) {
      t = traceOf(cur);
      cur = cur.cause;
    } else if (cur instanceof TemplateNotFoundError) {
      t = { location: '', executing: '', message: cur.message };
      cur = undefined;
    } else return undefined;
    const last = links[links.length - 1];
    if (!last || last.location !== t.location || last.executing !== t.executing || last.message !== t.message)
      links.push(t);
  }
  return links.map(traceString).join('').trim();
}

/** formatHelmError returns what Helm prints after `Error: ` for an error from the template engine. */
export function formatHelmError(err: unknown, helmVersion: 3 | 4): string {
  if (err instanceof TemplateParseError) {
    const tokens = err.goMessage.split(': ');
    return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
  }
  if (err instanceof TemplateExecError) {
    const msg = err.goMessage;
    const first = msg.indexOf(': ');
    const second = msg.indexOf(': ', first + 2);
    if (first === -1 || second === -1) return `execution error in (${err.templateName}): ${msg}`;
    const location = msg.slice(first + 2, second);
    const m = HELM_ERR.exec(msg.slice(second + 2));
    if (m) return `execution error at (${location}): ${m[1]}`;
    if (helmVersion === 3) return msg;
    return helm4Trace(err) ?? msg;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
