import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';

/** RuleSetting is a user's severity for a rule. */
export type RuleSetting = 'off' | 'warn' | 'error' | 'info';

/** ChartSettings are per-chart render options from the config file. */
export interface ChartSettings {
  values?: string[];
  set?: string[];
  releaseName?: string;
  namespace?: string;
}

/** K8slintConfig is the configuration file's content (see schemas/k8slint.config.schema.json). */
export interface K8slintConfig {
  kubeVersion?: string | string[];
  helmVersion?: 3 | 4;
  locale?: 'en' | 'zh-CN';
  format?: string;
  maxWarnings?: number;
  rules?: Record<string, RuleSetting>;
  ignorePaths?: string[];
  crds?: string[];
  charts?: Record<string, ChartSettings>;
}

/** LoadedConfig is a config with the file it came from (paths in it are relative to `dir`). */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: K8slintConfig;
}

/** ConfigError is a configuration file that cannot be used; its message has file:line:column. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** configFileNames are looked for, in this order, in each directory from the start upwards. */
export const configFileNames = [
  '.k8slintrc.yaml',
  '.k8slintrc.yml',
  'k8slint.config.yaml',
  'k8slint.config.yml',
  'k8slint.config.json',
  'k8slint.config.mjs',
];

/** findConfigFile returns the nearest config file at or above `start`, or undefined. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of configFileNames) {
      const f = join(dir, name);
      if (existsSync(f)) return f;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validateConfig(value: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/k8slint.config.schema.json', import.meta.url), 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  if (e.keyword === 'additionalProperties') return `${where}: unknown setting "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${e.message ?? 'is invalid'}`;
}

/** loadConfigFile reads and validates one config file. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let value: unknown;
  let position = (_path: string): string => '1:1';
  if (file.endsWith('.mjs')) {
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      value = mod.default;
    } catch (e) {
      throw new ConfigError(`${file}:1:1: cannot load config: ${(e as Error).message}`);
    }
  } else {
    const text = readFileSync(file, 'utf8');
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
      const p = lc.linePos(err.pos[0]);
      throw new ConfigError(`${file}:${p.line}:${p.col}: ${err.message.split('\n')[0]}`);
    }
    value = doc.toJS() ?? {};
    position = (path) => {
      const segs = path ? path.split('/').slice(1) : [];
      for (let n = segs.length; n > 0; n--) {
        const node = doc.getIn(segs.slice(0, n), true) as { range?: [number, number] } | undefined;
        if (node?.range) {
          const p = lc.linePos(node.range[0]);
          return `${p.line}:${p.col}`;
        }
      }
      return '1:1';
    };
  }
  const kv = (value as { kubeVersion?: unknown } | null)?.kubeVersion;
  const kvs = Array.isArray(kv) ? kv : [kv];
  if (kvs.some((v) => typeof v === 'number')) {
    throw new ConfigError(
      `${file}:${position('/kubeVersion')}: kubeVersion: write versions as strings ("1.30"): YAML reads 1.30 as the number 1.3`,
    );
  }
  let errors = validateConfig(value);
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  errors = errors.filter((e) => e.keyword === 'oneOf' || !oneOfPaths.has(e.instancePath));
  if (errors.length) {
    throw new ConfigError(errors.map((e) => `${file}:${position(e.instancePath)}: ${describe(e)}`).join('\n'));
  }
  return { file, dir: dirname(file), config: value as K8slintConfig };
}

/** loadConfig finds and loads the nearest config file (or the one named); undefined when there is none. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig | undefined> {
  const file = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return undefined;
  if (!existsSync(file)) throw new ConfigError(`${file}: config file not found`);
  return loadConfigFile(file);
}
