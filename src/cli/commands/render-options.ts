import { DEFAULT_RENDER_TIMEOUT_MS } from '../../common/limits.js';
import type { ValuesArgs } from './values-args.js';

/** RenderArgs are `k8slint render`'s flags: helm template's plus --helm-version and --no-lint. */
export interface RenderArgs extends ValuesArgs {
  args: string[];
  namespace?: string;
  'kube-version'?: string;
  'api-versions': string[];
  'include-crds': boolean;
  'skip-crds': boolean;
  'skip-tests': boolean;
  'no-hooks': boolean;
  'show-only': string[];
  'output-dir'?: string;
  'release-name': boolean;
  'is-upgrade': boolean;
  'skip-schema-validation': boolean;
  'name-template'?: string;
  'generate-name': boolean;
  'helm-version': string;
  'no-lint': boolean;
  'render-timeout': string;
}

/** RenderOption describes one flag of `k8slint render`: its type, alias, default and help text. */
export interface RenderOption {
  name: Exclude<keyof RenderArgs, 'args'>;
  type: 'string' | 'boolean';
  /** Repeatable; the values are collected in order. */
  array?: boolean;
  alias?: string;
  default?: string | boolean | string[];
  choices?: string[];
  describe: string;
}

/**
 * RENDER_OPTIONS is the one table of `k8slint render`'s flags. The yargs command (help, usage
 * errors) and the fast argument reader (render-fast-args.ts) are both built from it.
 */
export const RENDER_OPTIONS: readonly RenderOption[] = [
  { name: 'values', alias: 'f', type: 'string', array: true, default: [], describe: 'values YAML files (repeatable, comma-separated)' },
  { name: 'set', type: 'string', array: true, default: [], describe: 'set values (key1=val1,key2=val2)' },
  { name: 'set-string', type: 'string', array: true, default: [], describe: 'set STRING values' },
  { name: 'set-file', type: 'string', array: true, default: [], describe: 'set values from files (key=path)' },
  { name: 'set-json', type: 'string', array: true, default: [], describe: 'set JSON values (key=jsonval)' },
  { name: 'set-literal', type: 'string', array: true, default: [], describe: 'set a literal STRING value' },
  { name: 'namespace', alias: 'n', type: 'string', describe: 'release namespace (default "default")' },
  { name: 'kube-version', type: 'string', describe: 'Kubernetes version for .Capabilities.KubeVersion' },
  { name: 'api-versions', alias: 'a', type: 'string', array: true, default: [], describe: 'extra .Capabilities.APIVersions' },
  { name: 'include-crds', type: 'boolean', default: false, describe: 'include CRDs in the output' },
  { name: 'skip-crds', type: 'boolean', default: false, describe: 'accepted for helm compatibility (no effect on output)' },
  { name: 'skip-tests', type: 'boolean', default: false, describe: 'skip test hooks' },
  { name: 'no-hooks', type: 'boolean', default: false, describe: 'omit hooks' },
  { name: 'show-only', alias: 's', type: 'string', array: true, default: [], describe: 'only show manifests rendered from these templates' },
  { name: 'output-dir', type: 'string', describe: 'write each template to a file under this directory' },
  { name: 'release-name', type: 'boolean', default: false, describe: 'use the release name in the output-dir path' },
  { name: 'is-upgrade', type: 'boolean', default: false, describe: 'set .Release.IsUpgrade instead of .Release.IsInstall' },
  { name: 'skip-schema-validation', type: 'boolean', default: false, describe: 'do not validate values against values.schema.json' },
  { name: 'name-template', type: 'string', describe: 'template for the release name' },
  { name: 'generate-name', alias: 'g', type: 'boolean', default: false, describe: 'accepted for helm compatibility (name stays release-name)' },
  { name: 'helm-version', type: 'string', default: '4', choices: ['3', '4'], describe: 'Helm major version to reproduce (4.1.4 or 3.17.3)' },
  {
    name: 'no-lint',
    type: 'boolean',
    default: false,
    describe: 'only render; by default the rendered manifests are also checked like `k8slint validate` (findings on stderr, exit 1 on errors)',
  },
  {
    name: 'render-timeout',
    type: 'string',
    default: `${DEFAULT_RENDER_TIMEOUT_MS / 1000}s`,
    describe: 'stop rendering after this long (e.g. 30s, 2m; 0 disables)',
  },
];
