/**
 * caseChart loads the golden-case chart `c` and its values with the chart stage's own loaders,
 * the way `helm template` does: values.yaml is the chart's default values (Helm 4 merges every
 * document, Helm 3 reads the first), `--set` flags go through strvals (`mergeValues`), and the
 * user values are coalesced over the defaults (`coalesceValuesTree`).
 */
import { coalesceValuesTree } from '../../src/chart/coalesce.js';
import { loadFiles } from '../../src/chart/loader.js';
import type { Chart } from '../../src/chart/types.js';
import { mergeValues } from '../../src/chart/values-options.js';
import type { GoMap } from '../../src/template/value.js';
import { valuesMap } from '../../src/chart/values-methods.js';
import { CHART_YAML } from './helm-oracle.mjs';

const enc = new TextEncoder();

/** CASE_TEMPLATE is the chart path of the case template. */
export const CASE_TEMPLATE = 'templates/case.yaml';

/** caseChart returns chart `c` holding the case template, and the coalesced values. */
export function caseChart(template: string, valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): { chart: Chart; values: GoMap } {
  const chart = loadFiles(
    [
      { name: 'Chart.yaml', data: enc.encode(CHART_YAML) },
      { name: 'values.yaml', data: enc.encode(valuesYaml ?? '') },
      { name: CASE_TEMPLATE, data: enc.encode(template) },
    ],
    helmVersion,
  );
  const user = mergeValues({ set: set ?? [] }, helmVersion, (p) => {
    throw new Error(`golden cases cannot read files (${p})`);
  });
  const merged = coalesceValuesTree(chart, user, { helmVersion, warn: () => undefined });
  return { chart, values: valuesMap(merged.entries, helmVersion === 3 ? 'chartutil.Values' : 'common.Values') };
}

/** caseValues returns only the coalesced `.Values` of a case. */
export function caseValues(valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): GoMap {
  return caseChart('', valuesYaml, set, helmVersion).values;
}
