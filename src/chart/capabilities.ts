import { GoSlice, GoStruct, newMap, type GoMethod, type GoValue } from '../template/value.js';
import { parseVersion, SemverError } from '../functions/semver/version.js';
import { ChartError } from './errors.js';

/**
 * `.Capabilities` as `helm template` builds it without a cluster (helm/helm v4.1.4
 * pkg/chart/common/capabilities.go; v3.17.3 pkg/chartutil/capabilities.go): the build's
 * default Kubernetes version and API list, `--kube-version`, and `--api-versions` appended.
 */

/** KubeVersion is `.Capabilities.KubeVersion`: `version` is `.Version`/`GitVersion`, `normalized` is `String()`. */
export interface KubeVersion {
  version: string;
  normalized: string;
  major: string;
  minor: string;
}

/** HelmBuild describes one oracle build. */
export interface HelmBuild {
  kubeVersion: KubeVersion;
  apiVersions: string[];
  helmVersion: { version: string; gitCommit: string; gitTreeState: string; goVersion: string; kubeClientVersion?: string };
  /** Go package of the capability types (`common` / `chartutil`). */
  pkg: string;
}

const API_BASE = [
  'v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1',
  'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1',
  'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1',
  'autoscaling/v1', 'autoscaling/v2', 'autoscaling/v2beta1', 'autoscaling/v2beta2', 'batch/v1', 'batch/v1beta1',
  'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2',
  'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1',
  'events.k8s.io/v1', 'events.k8s.io/v1beta1', 'extensions/v1beta1', 'flowcontrol.apiserver.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3',
];
const API_TAIL_RBAC = [
  'policy/v1', 'policy/v1beta1', 'rbac.authorization.k8s.io/v1', 'rbac.authorization.k8s.io/v1beta1',
  'rbac.authorization.k8s.io/v1alpha1',
];
const API_TAIL_SCHED = [
  'scheduling.k8s.io/v1alpha1', 'scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1',
  'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1',
];

/** HELM_BUILDS are the oracle builds' defaults, read from the real binaries (`helm template` of `.Capabilities`). */
export const HELM_BUILDS: Record<3 | 4, HelmBuild> = {
  4: {
    kubeVersion: { version: 'v1.35.0', normalized: 'v1.35.0', major: '1', minor: '35' },
    apiVersions: [
      ...API_BASE, 'networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1',
      ...API_TAIL_RBAC, 'resource.k8s.io/v1', 'resource.k8s.io/v1beta2', 'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3',
      ...API_TAIL_SCHED, 'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
    ],
    helmVersion: { version: 'v4.1.4', gitCommit: '05fa37973dc9e42b76e1d2883494c87174b6074f', gitTreeState: 'clean', goVersion: 'go1.25.9', kubeClientVersion: 'v1.35' },
    pkg: 'common',
  },
  3: {
    kubeVersion: { version: 'v1.32.0', normalized: 'v1.32.0', major: '1', minor: '32' },
    apiVersions: [
      ...API_BASE, 'networking.k8s.io/v1', 'networking.k8s.io/v1alpha1', 'networking.k8s.io/v1beta1', 'node.k8s.io/v1',
      'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', ...API_TAIL_RBAC, 'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3',
      ...API_TAIL_SCHED, 'storagemigration.k8s.io/v1alpha1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
    ],
    helmVersion: { version: 'v3.17.3', gitCommit: 'e4da49785aa6e6ee2b86efd5dd9e43400318262b', gitTreeState: 'clean', goVersion: 'go1.23.7' },
    pkg: 'chartutil',
  },
};

const GENERIC = /^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)*$/;

/** parseKubeVersion is `--kube-version` parsing; it throws Helm's `invalid kube version` error. */
export function parseKubeVersion(input: string, helmVersion: 3 | 4): KubeVersion {
  const fail = (why: string) => new ChartError(`invalid kube version '${input}': ${why}`, 'KUBE_VERSION');
  if (helmVersion === 3) {
    try {
      const sv = parseVersion(input, '3.3');
      const v = `v${sv.toString()}`;
      return { version: v, normalized: v, major: String(sv.major), minor: String(sv.minor) };
    } catch (e) {
      if (e instanceof SemverError) throw fail(e.message);
      throw e;
    }
  }
  const m = GENERIC.exec(input);
  if (!m) throw fail(`could not parse ${JSON.stringify(input)} as version`);
  const comps = m[1].split('.');
  if (comps.length < 2) throw fail(`illegal version string ${JSON.stringify(input)}`);
  const nums: bigint[] = [];
  comps.forEach((c, i) => {
    if (i === 0 && c.startsWith('0') && c !== '0') throw fail(`illegal zero-prefixed version component ${JSON.stringify(c)} in ${JSON.stringify(input)}`);
    const n = BigInt(c);
    if (n > 2n ** 64n - 1n) throw fail(`illegal non-numeric version component ${JSON.stringify(c)} in ${JSON.stringify(input)}: strconv.ParseUint: parsing ${JSON.stringify(c)}: value out of range`);
    nums.push(n);
  });
  return {
    version: input.startsWith('v') ? input : `v${input}`,
    normalized: `v${nums.join('.')}`,
    major: String(nums[0]),
    minor: String(nums[1]),
  };
}

/** CapabilitiesOptions are `--kube-version` (already parsed) and `--api-versions`. */
export interface CapabilitiesOptions {
  kubeVersion?: KubeVersion;
  apiVersions?: string[];
  /** replaceApiVersions: `apiVersions` is the whole list, not added to helm's built-in one (lint's per-version capabilities). */
  replaceApiVersions?: boolean;
}

/** effectiveKubeVersion returns the KubeVersion a render uses. */
export function effectiveKubeVersion(helmVersion: 3 | 4, opts: CapabilitiesOptions): KubeVersion {
  return opts.kubeVersion ?? HELM_BUILDS[helmVersion].kubeVersion;
}

function method(results: string[], params: string[], fn: (...a: GoValue[]) => GoValue): GoMethod {
  return { params, results, fn };
}

/** capabilitiesObject builds the `.Capabilities` Go value. */
export function capabilitiesObject(helmVersion: 3 | 4, opts: CapabilitiesOptions): GoStruct {
  const build = HELM_BUILDS[helmVersion];
  const kv = effectiveKubeVersion(helmVersion, opts);
  // Helm 4's KubeVersion has an unexported normalizedVersion field, visible when the struct is
  // printed by value (`{{ .Capabilities.KubeVersion | quote }}` → `{v1.35.0 v1.35.0 1 35}`).
  const kubeFields: [string, GoValue][] = [['Version', kv.version]];
  if (helmVersion === 4) kubeFields.push(['normalizedVersion', kv.normalized]);
  kubeFields.push(['Major', kv.major], ['Minor', kv.minor]);
  const kube = new GoStruct(
    `${build.pkg}.KubeVersion`,
    new Map<string, GoValue>(kubeFields),
    {
      String: method(['string'], [], () => kv.normalized),
      GitVersion: method(['string'], [], () => kv.version),
    },
    false,
    () => kv.normalized,
    () => newMap([['Version', kv.version], ['Major', kv.major], ['Minor', kv.minor]]),
  );
  const apis = opts.replaceApiVersions ? [...(opts.apiVersions ?? [])] : [...build.apiVersions, ...(opts.apiVersions ?? [])];
  const versionSet = new GoSlice(apis, `${build.pkg}.VersionSet`, false, {
    Has: method(['bool'], ['string'], (s) => apis.includes(s as string)),
  });
  const hv = build.helmVersion;
  const helmFields: [string, GoValue][] = [
    ['Version', hv.version],
    ['GitCommit', hv.gitCommit],
    ['GitTreeState', hv.gitTreeState],
    ['GoVersion', hv.goVersion],
  ];
  if (hv.kubeClientVersion !== undefined) helmFields.push(['KubeClientVersion', hv.kubeClientVersion]);
  const jsonNames: Record<string, string> = {
    Version: 'version', GitCommit: 'git_commit', GitTreeState: 'git_tree_state', GoVersion: 'go_version', KubeClientVersion: 'kube_client_version',
  };
  const helm = new GoStruct(
    'version.BuildInfo',
    new Map(helmFields),
    {},
    false,
    undefined,
    () => newMap(helmFields.filter(([, v]) => v !== '').map(([k, v]) => [jsonNames[k], v])),
  );
  return new GoStruct(
    `*${build.pkg}.Capabilities`,
    new Map<string, GoValue>([
      ['KubeVersion', kube],
      ['APIVersions', versionSet],
      ['HelmVersion', helm],
    ]),
    {},
    true,
  );
}
