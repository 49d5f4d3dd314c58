import { ChartError } from './errors.js';
import { formatTemplateOutput, renderChart, writeTemplateOutputDir, type RenderChartOptions, type RenderChartResult } from './render-chart.js';

/** CliRenderOptions adds `--output-dir` and `--release-name` to the render options. */
export interface CliRenderOptions extends RenderChartOptions {
  outputDir?: string;
  useReleaseName?: boolean;
}

/** CliRenderOutcome is what `helm template` would print and return. */
export interface CliRenderOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  result?: RenderChartResult;
}

/** helmErrorText is helm's `Error: <msg>` line (with the `--debug` hint after render failures). */
export function helmErrorText(e: ChartError): string {
  return `Error: ${e.message}${e.debugHint ? '\n\nUse --debug flag to render out invalid YAML' : ''}\n`;
}

/**
 * renderForCli runs `helm template CHART` semantics: stdout, stderr (warnings, `Error: ...`)
 * and exit code, never throwing for chart/user errors.
 */
export function renderForCli(chart: string, options: CliRenderOptions): CliRenderOutcome {
  let warnings: string[] = [];
  try {
    const result = renderChart(chart, options);
    warnings = result.warnings;
    const stderr = warnings.map((w) => `${w}\n`).join('');
    const stdout = options.outputDir ? writeTemplateOutputDir(result, { ...options, outputDir: options.outputDir }) : formatTemplateOutput(result, options);
    return { stdout, stderr, exitCode: 0, result };
  } catch (e) {
    if (e instanceof ChartError) {
      const w = e.warnings.length ? e.warnings : warnings;
      return { stdout: '', stderr: w.map((x) => `${x}\n`).join('') + helmErrorText(e), exitCode: 1 };
    }
    throw e;
  }
}
