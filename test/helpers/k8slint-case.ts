/**
 * renderCase renders one template case with k8slint's engine (`src/template/`) and Helm's
 * function registry, returning what `helm template` would show for it: `{ output }` (after
 * `<no value>` removal, as Helm does per file) or `{ error }` (`Error: ` + the Helm-formatted
 * message). The template is parsed and executed as `c/templates/case.yaml`, the name helm gives it.
 */
import { functionsFor } from '../../src/chart/render-chart.js';
import { executeTemplate, formatHelmError, parseTemplate, removeNoValue } from '../../src/template/index.js';
import { CASE_TEMPLATE_NAME, caseRoot } from './render-root.js';

export type HelmMajor = 3 | 4;
export interface CaseInput {
  template: string;
  values?: string;
  set?: string[];
}
export type CaseResult = { output: string } | { error: string };

/** renderCase renders a case for one Helm major version. */
export async function renderCase(c: CaseInput, v: HelmMajor): Promise<CaseResult> {
  try {
    const root = caseRoot(c.template, c.values, c.set, v);
    const set = parseTemplate(CASE_TEMPLATE_NAME, c.template, { funcs: functionsFor(v), helmVersion: v });
    return { output: removeNoValue(executeTemplate(set, CASE_TEMPLATE_NAME, root)) };
  } catch (err) {
    return { error: 'Error: ' + formatHelmError(err, v) };
  }
}
