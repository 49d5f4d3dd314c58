import type { CompactSchema } from './compact-schema.js';
import { compileCelRules } from './cel-rules.js';
import { SchemaCompiler, type Validate } from './compile-schema.js';
import { fromOpenApiV3 } from './crd-schema.js';
import { nearestKubeVersion, parseKubeVersion } from './kube-version.js';
import { SchemaBundle } from './schema-bundle.js';

/** SchemaLookup is what the registry knows about one apiVersion/kind in one Kubernetes version. */
export type SchemaLookup =
  | { status: 'found'; source: 'builtin' | 'crd'; validate: Validate }
  | { status: 'notServed'; servedIn: string[] }
  | { status: 'missing' };

/** ResolvedVersion pairs the requested version with the bundled one used for schemas. */
export interface ResolvedVersion {
  requested: string;
  schemaVersion: string;
  exact: boolean;
}

/**
 * HISTORIC_GROUPS are built-in API groups that no bundled version serves any more; their kinds
 * are removed APIs, never custom resources (e.g. extensions/v1beta1 Ingress, removed in 1.22).
 */
const HISTORIC_GROUPS = new Set(['extensions', 'settings.k8s.io', 'auditregistration.k8s.io']);
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** gvkKey is `group/version/Kind` (`version/Kind` for the core group). */
export function gvkKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * SchemaRegistry answers "which validator checks apiVersion/kind in Kubernetes X": built-in
 * schemas from the bundle, custom resources from registered CRDs. Validators are compiled
 * lazily and cached under the explicit key (schemaVersion, apiVersion, kind).
 */
export class SchemaRegistry {
  private readonly crdCompilers = new Map<string, SchemaCompiler>();
  private readonly cache = new Map<string, SchemaLookup>();
  private readonly crds = new Map<string, CompactSchema>();

  constructor(
    readonly bundle: SchemaBundle = new SchemaBundle(),
    private readonly builtin = new Map<string, SchemaCompiler>(),
  ) {}

  /** fork returns a registry sharing this one's bundle and compiled built-in schemas, without its CRDs. */
  fork(): SchemaRegistry {
    return new SchemaRegistry(this.bundle, this.builtin);
  }

  /** resolveVersion maps a requested version to a bundled one (the nearest, if not bundled). */
  resolveVersion(kubeVersion: string): ResolvedVersion | undefined {
    const requested = parseKubeVersion(kubeVersion);
    if (!requested) return undefined;
    const versions = this.bundle.versions;
    if (versions.includes(requested)) return { requested, schemaVersion: requested, exact: true };
    const nearest = nearestKubeVersion(requested, versions);
    return nearest ? { requested, schemaVersion: nearest, exact: false } : undefined;
  }

  /** addCrd registers the schemas of a CustomResourceDefinition object; returns the keys added. */
  addCrd(crd: unknown): string[] {
    const spec = (crd as { spec?: Record<string, unknown> } | null)?.spec;
    if (!spec || typeof spec.group !== 'string') return [];
    const kind = (spec.names as { kind?: unknown } | undefined)?.kind;
    if (typeof kind !== 'string') return [];
    const added: string[] = [];
    const legacy = (spec.validation as { openAPIV3Schema?: unknown } | undefined)?.openAPIV3Schema;
    const versions = Array.isArray(spec.versions) ? spec.versions : typeof spec.version === 'string' ? [{ name: spec.version }] : [];
    for (const v of versions as { name?: unknown; schema?: { openAPIV3Schema?: unknown } }[]) {
      if (typeof v?.name !== 'string') continue;
      const schema = v.schema?.openAPIV3Schema ?? legacy;
      const key = gvkKey(`${spec.group}/${v.name}`, kind);
      this.crds.set(key, schema === undefined ? { pu: 1 } : fromOpenApiV3(schema));
      for (const cached of this.cache.keys()) if (cached.endsWith(`|${key}`)) this.cache.delete(cached);
      added.push(key);
    }
    return added;
  }

  /** lookup returns the validator (or the reason there is none) for apiVersion/kind. */
  lookup(schemaVersion: string, apiVersion: string, kind: string): SchemaLookup {
    const key = gvkKey(apiVersion, kind);
    const cacheKey = `${schemaVersion}|${key}`;
    let hit = this.cache.get(cacheKey);
    if (!hit) {
      hit = this.find(schemaVersion, apiVersion, key);
      this.cache.set(cacheKey, hit);
    }
    return hit;
  }

  private find(schemaVersion: string, apiVersion: string, key: string): SchemaLookup {
    const def = this.bundle.definitionName(schemaVersion, key);
    if (def) return { status: 'found', source: 'builtin', validate: this.compiler(schemaVersion).definition(def) };
    const crd = this.crds.get(key);
    if (crd) return { status: 'found', source: 'crd', validate: this.crdRoot(schemaVersion, crd) };
    const group = groupOf(apiVersion);
    const servedIn = this.bundle.servedIn(key);
    if (servedIn.length > 0 || HISTORIC_GROUPS.has(group) || this.bundle.isBuiltinGroup(group)) {
      return { status: 'notServed', servedIn };
    }
    return { status: 'missing' };
  }

  private compiler(schemaVersion: string): SchemaCompiler {
    let c = this.builtin.get(schemaVersion);
    if (!c) {
      c = new SchemaCompiler({ crd: false, resolve: (name) => this.bundle.definition(schemaVersion, name) });
      this.builtin.set(schemaVersion, c);
    }
    return c;
  }

  private crdRoot(schemaVersion: string, schema: CompactSchema): Validate {
    let c = this.crdCompilers.get(schemaVersion);
    if (!c) {
      c = new SchemaCompiler({
        crd: true,
        resolve: (name) => this.bundle.definition(schemaVersion, name),
        compileCel: compileCelRules,
      });
      this.crdCompilers.set(schemaVersion, c);
    }
    const root: CompactSchema = {
      ...schema,
      t: 'object',
      p: { ...schema.p, apiVersion: { t: 'string' }, kind: { t: 'string' }, metadata: { $: OBJECT_META } },
    };
    return c.compile(root);
  }
}
