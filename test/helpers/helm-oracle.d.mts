import type { GoldenResult } from './golden-compare.js';

export interface OracleCase {
  template: string;
  values?: string;
  set?: string[];
  /** The case may share a chart although it defines templates (its define names are unique). */
  batchable?: boolean;
}

export interface OracleResult extends GoldenResult {
  directStdout?: string;
}

export const CHART_YAML: string;
export const CASE_FILE: string;
export function oraclePath(major: 3 | 4): string;
export function oracleAvailable(major: 3 | 4): boolean;
export function stripDebugNote(text: string): string;
export function extractError(stderr: string): string;
export function needsSolo(template: string): boolean;

export class Limiter {
  constructor(n: number);
  run<T>(job: () => Promise<T>): Promise<T>;
}

export class HelmOracle {
  constructor(major: 3 | 4, opts?: { concurrency?: number; limiter?: Limiter; batchSize?: number; timeoutMs?: number });
  readonly major: 3 | 4;
  runs: number;
  render(cases: OracleCase[]): Promise<OracleResult[]>;
  verifyDirect(c: OracleCase, output: string): Promise<string | undefined>;
}
export function blame(error: string, n: number): number | undefined;
