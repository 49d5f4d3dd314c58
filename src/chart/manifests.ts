import { GoMap, GoSlice, type GoValue } from '../template/value.js';
import { ChartError } from './errors.js';
import { compareBytes, goTrimSpace } from './go-strings.js';
import { yamlToGo, YamlError } from './yaml.js';
import { slogValue } from './log.js';
import type { LineOrigin } from './source-map.js';

/**
 * Splitting and sorting rendered files (helm/helm v4.1.4 pkg/release/v1/util/manifest.go,
 * manifest_sorter.go, kind_sorter.go; Helm 3.17 pkg/releaseutil is the same except the kind order).
 */

/** SEPARATOR is helm's `(?:^|\s*\n)---\s*` with Go's ASCII `\s`. */
const SEPARATOR = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/g;

/** splitManifests is helm `SplitManifests`: documents in order, each TrimSpace'd. */
export function splitManifests(big: string): string[] {
  const s = goTrimSpace(big);
  const pieces: string[] = [];
  let beg = 0;
  let end = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(s); m; m = SEPARATOR.exec(s)) {
    end = m.index;
    const mEnd = m.index + m[0].length;
    if (mEnd !== 0) pieces.push(s.slice(beg, end));
    beg = mEnd;
    if (m[0].length === 0) SEPARATOR.lastIndex++;
  }
  if (end !== s.length || s.length === 0) pieces.push(s.slice(beg));
  return pieces.filter((d) => d !== '').map(goTrimSpace);
}

/** InstallOrder is Helm 4.1.4's kind order (`kind_sorter.go`). */
export const INSTALL_ORDER_V4 = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList',
  'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList',
  'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment',
  'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];

/** Helm 3's order lacks the two webhook kinds. */
export const INSTALL_ORDER_V3 = INSTALL_ORDER_V4.slice(0, -2);

const HOOK_EVENTS = new Set([
  'pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade',
  'pre-rollback', 'post-rollback', 'test', 'test-success',
]);

/** SimpleHead is the part of a document helm reads to classify it. */
export interface SimpleHead {
  apiVersion: string;
  kind: string;
  name: string;
  annotations: Record<string, string> | null;
}

/** Manifest is one regular rendered document. */
export interface Manifest {
  /** Template path, e.g. `mychart/templates/svc.yaml`. */
  name: string;
  content: string;
  head: SimpleHead;
  /** Index of this document within its file. */
  index: number;
  /** The document parsed as YAML into plain JS values (computed on first access by renderChart). */
  readonly object?: unknown;
  /** origin maps 1-based line `n` of `content` to the template line that produced it (set by renderChart). */
  origin?: (n: number) => LineOrigin;
}

/** Hook is one hook document. */
export interface Hook extends Manifest {
  events: string[];
  weight: number;
}

function headString(v: GoValue, field: string, struct: string, pkg: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const kind = v instanceof GoSlice ? 'array' : 'object';
  throw new YamlError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go struct field ${struct}.${field} of type string`.replace('{pkg}', pkg));
}

/** parseHead is `yaml.Unmarshal(doc, &SimpleHead{})`. */
export function parseHead(doc: string, helmVersion: 3 | 4): SimpleHead {
  const pkg = helmVersion === 4 ? 'util' : 'releaseutil';
  const v = yamlToGo(doc);
  const head: SimpleHead = { apiVersion: '', kind: '', name: '', annotations: null };
  if (v === null || v === undefined) return head;
  if (!(v instanceof GoMap)) {
    const kind = typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'array';
    throw new YamlError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go value of type ${pkg}.SimpleHead`);
  }
  for (const [k, x] of v.entries) {
    const lk = k.toLowerCase();
    if (lk === 'apiversion') head.apiVersion = headString(x, 'apiVersion', 'SimpleHead', pkg);
    else if (lk === 'kind') head.kind = headString(x, 'kind', 'SimpleHead', pkg);
    else if (lk === 'metadata' && x !== null) {
      if (!(x instanceof GoMap)) {
        const kind = typeof x === 'string' ? 'string' : typeof x === 'number' ? 'number' : typeof x === 'boolean' ? 'bool' : 'array';
        throw new YamlError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go struct field SimpleHead.metadata of type struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }`);
      }
      for (const [mk, mx] of x.entries) {
        const lmk = mk.toLowerCase();
        if (lmk === 'name') head.name = headString(mx, 'metadata.name', 'SimpleHead', pkg);
        else if (lmk === 'annotations' && mx !== null) {
          if (!(mx instanceof GoMap)) throw new YamlError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${mx instanceof GoSlice ? 'array' : typeof mx === 'string' ? 'string' : 'number'} into Go struct field .metadata.annotations of type map[string]string`);
          head.annotations = {};
          for (const [ak, av] of mx.entries) head.annotations[ak] = headString(av, `metadata.annotations`, 'SimpleHead', pkg);
        }
      }
    }
  }
  return head;
}

/** SortResult holds hooks and regular manifests, each in install order. */
export interface SortResult {
  hooks: Hook[];
  manifests: Manifest[];
}

/**
 * sortManifests is helm `SortManifests`: files in byte-wise path order, partials and blank
 * files skipped, each split into documents and classified, then stably sorted by kind.
 * A document that is not YAML fails with `YAML parse error on <file>: ...`.
 */
export function sortManifests(files: Map<string, string>, helmVersion: 3 | 4, warn: (msg: string) => void = () => {}): SortResult {
  const hooks: Hook[] = [];
  const manifests: Manifest[] = [];
  const paths = [...files.keys()].sort(compareBytes);
  for (const path of paths) {
    const content = files.get(path) as string;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base.startsWith('_')) continue;
    if (goTrimSpace(content) === '') continue;
    const docs = splitManifests(content);
    docs.forEach((m, index) => {
      let head: SimpleHead;
      try {
        head = parseHead(m, helmVersion);
      } catch (e) {
        if (e instanceof YamlError) throw new ChartError(`YAML parse error on ${path}: ${e.message}`, 'MANIFEST', true);
        throw e;
      }
      const hookTypes = head.annotations && Object.keys(head.annotations).length ? head.annotations['helm.sh/hook'] : undefined;
      if (hookTypes === undefined) {
        manifests.push({ name: path, content: m, head, index });
        return;
      }
      const events: string[] = [];
      for (const t of hookTypes.split(',')) {
        const e = goTrimSpace(t).toLowerCase();
        if (!HOOK_EVENTS.has(e)) {
          // manifest_sorter.go: unknown hook events drop the whole document, with an info log.
          warn(helmVersion === 4 ? `level=INFO msg="skipping unknown hooks" hookTypes=${slogValue(hookTypes)}` : `manifest_sorter.go:190: info: skipping unknown hook: ${JSON.stringify(hookTypes)}`);
          return;
        }
        events.push(e === 'test-success' ? 'test' : e);
      }
      const w = head.annotations?.['helm.sh/hook-weight'] ?? '';
      const weight = /^[+-]?\d+$/.test(w) ? Number(w) : 0;
      hooks.push({ name: path, content: m, head, index, events, weight });
    });
  }
  const order = helmVersion === 4 ? INSTALL_ORDER_V4 : INSTALL_ORDER_V3;
  return { hooks: sortByKind(hooks, order), manifests: sortByKind(manifests, order) };
}

/** sortByKind is helm's stable `lessByKind` sort: known kinds by order, unknown after, alphabetically. */
export function sortByKind<T extends Manifest>(list: T[], order: string[]): T[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  return list
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const ka = a.m.head.kind;
      const kb = b.m.head.kind;
      const ra = rank.get(ka);
      const rb = rank.get(kb);
      let c: number;
      if (ra === undefined && rb === undefined) c = ka === kb ? 0 : compareBytes(ka, kb);
      else if (ra === undefined) c = 1;
      else if (rb === undefined) c = -1;
      else c = ra - rb;
      return c || a.i - b.i;
    })
    .map((x) => x.m);
}
