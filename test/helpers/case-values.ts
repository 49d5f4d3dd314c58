/**
 * caseValues builds `.Values` for a golden case with the chart stage's own loaders, the way
 * `helm template` does for chart `c`: values.yaml is the chart's default values (Helm 4 merges
 * every document, Helm 3 reads the first), `--set` flags go through strvals (`mergeValues`),
 * and the user values are coalesced over the defaults (`coalesceValuesTree`).
 */
import { coalesceValuesTree } from '../../src/chart/coalesce.js';
import { loadFiles } from '../../src/chart/loader.js';
import { mergeValues } from '../../src/chart/values-options.js';
import { GoMap } from '../../src/template/value.js';
import { CHART_YAML } from './helm-oracle.mjs';

const enc = new TextEncoder();

/** caseValues returns the coalesced values, typed as Helm's Values map. */
export function caseValues(valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): GoMap {
  const chart = loadFiles(
    [
      { name: 'Chart.yaml', data: enc.encode(CHART_YAML) },
      { name: 'values.yaml', data: enc.encode(valuesYaml ?? '') },
    ],
    helmVersion,
  );
  const user = mergeValues({ set: set ?? [] }, helmVersion, (p) => {
    throw new Error(`golden cases cannot read files (${p})`);
  });
  const merged = coalesceValuesTree(chart, user, { helmVersion, warn: () => undefined });
  return new GoMap(merged.entries, helmVersion === 3 ? 'chartutil.Values' : 'common.Values');
}
