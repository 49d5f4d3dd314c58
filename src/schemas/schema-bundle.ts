import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompactSchema } from './compact-schema.js';

/** SchemaBundleError reports a missing or unreadable schema bundle. */
export class SchemaBundleError extends Error {
  readonly code = 'SCHEMA_BUNDLE_MISSING';
  override readonly name = 'SchemaBundleError';
}

interface BundleManifest {
  format: number;
  versions: string[];
}

interface VersionIndex {
  version: string;
  kinds: Record<string, string>;
  defs: Record<string, string>;
}

/** defaultBundleDir is `schemas/bundle/` of the k8slint package (written by `npm run build`). */
export function defaultBundleDir(): string {
  return fileURLToPath(new URL('../../schemas/bundle/', import.meta.url));
}

/**
 * SchemaBundle reads k8slint's compact schema bundle lazily: the manifest first, a version's
 * index when that version is used, and a definition package file when one of its definitions is.
 */
export class SchemaBundle {
  private manifest?: BundleManifest;
  private readonly indexes = new Map<string, VersionIndex>();
  private readonly shards = new Map<string, Record<string, CompactSchema>>();
  private gvks?: Record<string, string[]>;

  constructor(readonly dir: string = defaultBundleDir()) {}

  /** versions lists the bundled Kubernetes versions (`major.minor`), oldest first. */
  get versions(): string[] {
    return this.readManifest().versions;
  }

  /** definitionName returns the definition of `group/version/Kind` in a bundled version. */
  definitionName(version: string, gvk: string): string | undefined {
    return this.index(version).kinds[gvk];
  }

  /** definition returns a named definition of a bundled version. */
  definition(version: string, name: string): CompactSchema | undefined {
    const hash = this.index(version).defs[name];
    if (hash === undefined) return undefined;
    const dot = name.lastIndexOf('.');
    const pkg = dot > 0 ? name.slice(0, dot) : '_';
    let shard = this.shards.get(pkg);
    if (!shard) {
      shard = this.readJson<Record<string, CompactSchema>>(`defs/${pkg}.json`);
      this.shards.set(pkg, shard);
    }
    return shard[hash];
  }

  /** servedIn lists the bundled versions that serve `group/version/Kind`. */
  servedIn(gvk: string): string[] {
    this.gvks ??= this.readJson<Record<string, string[]>>('gvks.json');
    return this.gvks[gvk] ?? [];
  }

  /** allGvks lists every `group/version/Kind` of every bundled version. */
  allGvks(): string[] {
    this.gvks ??= this.readJson<Record<string, string[]>>('gvks.json');
    return Object.keys(this.gvks);
  }

  /** isBuiltinGroup tells whether an API group is served by Kubernetes itself in any bundled version. */
  isBuiltinGroup(group: string): boolean {
    this.gvks ??= this.readJson<Record<string, string[]>>('gvks.json');
    this.groups ??= new Set(Object.keys(this.gvks).map((k) => (k.split('/').length === 3 ? k.split('/')[0] : '')));
    return this.groups.has(group);
  }

  private groups?: Set<string>;

  private index(version: string): VersionIndex {
    let idx = this.indexes.get(version);
    if (!idx) {
      idx = this.readJson<VersionIndex>(`v${version}.json`);
      this.indexes.set(version, idx);
    }
    return idx;
  }

  private readManifest(): BundleManifest {
    this.manifest ??= this.readJson<BundleManifest>('manifest.json');
    return this.manifest;
  }

  private readJson<T>(file: string): T {
    const path = `${this.dir.replace(/\/$/, '')}/${file}`;
    if (!existsSync(path)) {
      throw new SchemaBundleError(
        `the Kubernetes schema bundle is missing (${path}); run 'npm run build:schemas' to generate it`,
      );
    }
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  }
}
