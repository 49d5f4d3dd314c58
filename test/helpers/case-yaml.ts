/**
 * caseYaml renders a case as a ready-to-paste entry of a `fixtures/template/cases/*.yaml` suite.
 */
import { stringify } from 'yaml';

export interface PasteableCase {
  name: string;
  template: string;
  values?: string;
  set?: string[];
  helm?: (3 | 4)[];
}

/** caseYaml returns the YAML list item for a case (ends with a newline). */
export function caseYaml(c: PasteableCase): string {
  const entry: Record<string, unknown> = { name: c.name, template: c.template };
  if (c.values) entry.values = c.values;
  if (c.set && c.set.length > 0) entry.set = c.set;
  if (c.helm) entry.helm = c.helm;
  return stringify([entry], { lineWidth: 0, blockQuote: 'literal' });
}
