/**
 * caseRoot builds the render root (`.`) for a golden case the way Helm builds it for a chart
 * named `c` (version 0.1.0, no files, no subcharts) whose template `c/templates/case.yaml` is
 * executing. Minimal but faithful for what language cases touch; the chart engineer's renderer
 * (`src/chart/`) replaces it once it exists.
 */
import { capabilitiesObject } from '../../src/chart/capabilities.js';
import { GoInt, GoMap, GoSlice, GoStruct, type GoValue } from '../../src/template/value.js';
import { caseValues } from './case-values.js';

export const CASE_TEMPLATE_NAME = 'c/templates/case.yaml';

function map(entries: [string, GoValue][], type = 'map[string]interface {}'): GoMap {
  return new GoMap(new Map(entries), type);
}

function releaseObject(): GoMap {
  return map([
    ['Name', 'release-name'],
    ['Namespace', 'default'],
    ['IsUpgrade', false],
    ['IsInstall', true],
    ['Revision', new GoInt(1n, 'int')],
    ['Service', 'Helm'],
  ]);
}

function chartObject(helmVersion: 3 | 4): GoValue {
  const fields: [string, GoValue][] = [
    ['APIVersion', 'v2'],
    ['Annotations', new GoMap(new Map(), 'map[string]string')],
    ['AppVersion', ''],
    ['Condition', ''],
    ['Dependencies', new GoSlice([], '[]interface {}')],
    ['Deprecated', false],
    ['Description', ''],
    ['Home', ''],
    ['Icon', ''],
    ['IsRoot', true],
    ['Keywords', new GoSlice([], '[]interface {}')],
    ['KubeVersion', ''],
    ['Maintainers', new GoSlice([], '[]interface {}')],
    ['Name', 'c'],
    ['Sources', new GoSlice([], '[]interface {}')],
    ['Tags', ''],
    ['Type', ''],
    ['Version', '0.1.0'],
  ];
  if (helmVersion === 4) return map(fields);
  return new GoStruct('struct { chart.Metadata; IsRoot bool }', new Map(fields));
}

/** caseRoot returns the `.` object of a case render. */
export function caseRoot(valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): GoMap {
  const valuesType = helmVersion === 3 ? 'chartutil.Values' : 'common.Values';
  return map(
    [
      ['Values', caseValues(valuesYaml, set, helmVersion)],
      ['Chart', chartObject(helmVersion)],
      ['Release', releaseObject()],
      ['Capabilities', capabilitiesObject(helmVersion, {})],
      ['Files', new GoMap(new Map(), 'engine.files')],
      ['Subcharts', map([])],
      [
        'Template',
        map(
          [
            ['Name', CASE_TEMPLATE_NAME],
            ['BasePath', 'c/templates'],
          ],
          valuesType,
        ),
      ],
    ],
    valuesType,
  );
}
