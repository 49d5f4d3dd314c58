import type { RenderChartResult } from '../chart/render-chart.js';

/** LintOutcome is the findings text for stderr and the number of error-level findings. */
export interface LintOutcome {
  text: string;
  errors: number;
}

/**
 * lintRendered runs the manifest checks of `k8slint validate` on `helm template`'s output,
 * mapping positions back to template lines through the render's source map.
 */
export async function lintRendered(result: RenderChartResult, output: string, kubeVersion: string | undefined, chartPath?: string): Promise<LintOutcome> {
  const [{ validateManifests }, { loadFormatter }, { renderedSource }, { deprecationRules }] = await Promise.all([
    import('../findings/validate-manifests.js'),
    import('../formatters/formatters.js'),
    import('../findings/lint.js'),
    import('../rules/deprecation-rules.js'),
  ]);
  const source = renderedSource(result, output, chartPath ?? result.chart.metadata.name, process.cwd());
  const report = validateManifests([source], {
    kubeVersion: kubeVersion?.replace(/^v/, ''),
    extraRules: deprecationRules,
  });
  const formatter = loadFormatter('stylish');
  const text = formatter ? formatter(report, { cwd: process.cwd(), toolVersion: '', rules: {} }) : '';
  return { text, errors: report.summary.errors };
}
