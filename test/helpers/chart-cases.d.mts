export interface ChartCase {
  name: string;
  args: string[];
  helm: (3 | 4)[];
  outputDir?: string;
}
export interface ChartGoldenResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  files?: Record<string, string>;
}
export const chartsDir: string;
export function listCharts(): string[];
export function loadCases(name: string): ChartCase[];
export function fixtureHash(name: string, c: ChartCase): string;
export function workdir(name: string): string;
export function readOutputDir(dir: string): Record<string, string> | undefined;
export function caseArgs(c: ChartCase, name?: string): string[];
export function maskWorkdir(result: ChartGoldenResult, dir: string): ChartGoldenResult;
export function cleanup(dir: string): void;
