/**
 * caseRoot builds the render root (`.`) of a golden case with the chart stage's builders
 * (`allTemplates`: `.Values`, `.Chart`, `.Files`, `.Release`, `.Capabilities`, `.Subcharts`;
 * `templateObject`: `.Template`), for chart `c` whose `c/templates/case.yaml` is executing.
 */
import { capabilitiesObject } from '../../src/chart/capabilities.js';
import { functionsFor } from '../../src/chart/render-chart.js';
import { allTemplates, releaseObject, templateObject } from '../../src/chart/render-values.js';
import { GoMap, type GoValue } from '../../src/template/value.js';
import { caseChart } from './case-values.js';

export const CASE_TEMPLATE_NAME = 'c/templates/case.yaml';

/** caseRoot returns the `.` object of a case render. */
export function caseRoot(template: string, valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): GoMap {
  const { chart, values } = caseChart(template, valuesYaml, set, helmVersion);
  const release = releaseObject({ name: 'release-name', namespace: 'default', isUpgrade: false });
  const toYaml = functionsFor(helmVersion).get('toYaml');
  const tpls = allTemplates(chart, values, release, capabilitiesObject(helmVersion, {}), helmVersion, {
    helmVersion,
    toYaml: (v: GoValue) => (toYaml ? (toYaml.fn(v) as string) : ''),
  });
  const r = tpls.get(CASE_TEMPLATE_NAME);
  if (!r) throw new Error(`chart stage did not produce ${CASE_TEMPLATE_NAME}`);
  r.vals.entries.set('Template', templateObject(r.name, r.basePath, helmVersion));
  return r.vals;
}
