import type { GoldenResult } from './golden-compare.js';

export interface TemplateCase {
  name: string;
  template: string;
  values?: string;
  set?: string[];
  helm: (3 | 4)[];
  random: boolean;
  shape?: string;
}

export interface GoldenEntry {
  hash: string;
  helm3?: GoldenResult;
  helm4?: GoldenResult;
}

export interface GoldenFile {
  suite: string;
  helm: Record<string, string>;
  cases: Record<string, GoldenEntry>;
}

export const ROOT: string;
export const CASES_DIR: string;
export const GOLDEN_DIR: string;
export const HELM_VERSIONS: Record<3 | 4, string>;
export function listSuites(): string[];
export function caseHash(c: { template: string; values?: string; set?: string[] }): string;
export function loadSuite(suite: string): TemplateCase[];
export function goldenPath(suite: string): string;
export function loadGolden(suite: string): GoldenFile | undefined;
