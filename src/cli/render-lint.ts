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
  const [{ validateManifests }, { loadFormatter }, { renderedSource }, { deprecationRules }, out, msgs] = await Promise.all([
    import('../findings/validate-manifests.js'),
    import('../formatters/formatters.js'),
    import('../findings/lint.js'),
    import('../rules/deprecation-rules.js'),
    import('./report-output.js'),
    import('./cli-messages.js'),
  ]);
  const source = renderedSource(result, output, chartPath ?? result.chart.metadata.name, process.cwd());
  const locale = msgs.cliLocale(undefined);
  const report = validateManifests([source], {
    kubeVersion: kubeVersion?.replace(/^v/, ''),
    extraRules: deprecationRules,
    locale,
  });
  const formatter = loadFormatter('stylish');
  // Findings point at template lines: the code frames show the chart's template source.
  const text = formatter
    ? formatter(report, {
        cwd: process.cwd(),
        toolVersion: '',
        rules: {},
        charts: 1,
        color: out.useColor(process.stderr.isTTY, process.env),
        sources: out.findingSources(report.findings, process.cwd()),
        summary: (s, charts, ms) => msgs.summaryText(locale, s, charts, ms),
      })
    : '';
  return { text, errors: report.summary.errors };
}
