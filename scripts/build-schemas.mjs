#!/usr/bin/env node
/* global fetch */
// build-schemas turns the Kubernetes OpenAPI v2 documents (one per minor version) into
// k8slint's compact schema bundle under schemas/bundle/:
//
//   manifest.json            format, versions, sources
//   v1.33.json               per version: kinds ("group/version/Kind" -> definition name)
//                            and definitions (name -> content hash)
//   gvks.json                every group/version/kind -> versions that serve it (removed-API check)
//   defs/<package>.json      content hash -> compact definition, shared by every version
//
// Only what validation and messages need is kept: types, formats, properties, required,
// items, additionalProperties, enums, the x-kubernetes-* extensions and "Deprecated" notes.
//
// Usage: node scripts/build-schemas.mjs [--from FILE|DIR|URL]... [--out DIR]
// Default input: ../shared/kubernetes-openapi (relative to the repository root).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_FORMAT = 1;
const MAX_BUNDLE_BYTES = 3 * 1024 * 1024;

function parseArgs(argv) {
  const from = [];
  let out = join(root, 'schemas', 'bundle');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') from.push(argv[++i]);
    else if (a.startsWith('--from=')) from.push(a.slice(7));
    else if (a === '--out') out = resolve(argv[++i]);
    else if (a.startsWith('--out=')) out = resolve(a.slice(6));
    else throw new Error(`unknown argument ${a}`);
  }
  if (from.length === 0) from.push(resolve(root, '..', 'shared', 'kubernetes-openapi'));
  return { from, out };
}

const VERSION_RE = /v?(\d+)\.(\d+)/;

function versionFromName(name) {
  const m = VERSION_RE.exec(basename(name));
  return m ? `${m[1]}.${m[2]}` : undefined;
}

function decode(buf, name) {
  const data = name.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b) ? gunzipSync(buf) : buf;
  return JSON.parse(data.toString('utf8'));
}

async function readSources(from) {
  const out = [];
  for (const src of from) {
    if (/^https?:\/\//.test(src)) {
      const res = await fetch(src);
      if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
      out.push({ name: src, doc: decode(Buffer.from(await res.arrayBuffer()), src) });
    } else if (existsSync(src) && statSync(src).isDirectory()) {
      for (const f of readdirSync(src).sort()) {
        if (/^v\d+\.\d+\.json(\.gz)?$/.test(f)) out.push({ name: join(src, f), doc: decode(readFileSync(join(src, f)), f) });
      }
    } else {
      out.push({ name: src, doc: decode(readFileSync(src), src) });
    }
  }
  return out;
}

/** deprecatedNote keeps the sentence of a description that says the field is deprecated. */
function deprecatedNote(description) {
  if (typeof description !== 'string' || !/deprecated/i.test(description)) return undefined;
  const sentences = description.replace(/\s+/g, ' ').split(/(?<=\.)\s+/);
  const hit = sentences.find((s) => /\bdeprecated\b/i.test(s));
  if (!hit) return undefined;
  return hit.length > 240 ? `${hit.slice(0, 237)}...` : hit;
}

const REF_PREFIX = '#/definitions/';

/** compact converts one swagger schema node to the bundle's compact form. */
function compact(node) {
  const out = {};
  if (node.allOf && node.allOf.length === 1 && node.allOf[0].$ref) node = { ...node, ...node.allOf[0] };
  if (node.$ref) {
    out.$ = node.$ref.startsWith(REF_PREFIX) ? node.$ref.slice(REF_PREFIX.length) : node.$ref;
  }
  if (node.type) out.t = node.type;
  if (node.format) out.f = node.format;
  if (node.enum) out.e = node.enum;
  if (node.properties) {
    out.p = {};
    for (const key of Object.keys(node.properties).sort()) out.p[key] = compact(node.properties[key]);
  }
  if (node.required && node.required.length) out.r = [...node.required].sort();
  if (node.items) out.i = compact(node.items);
  if (node.additionalProperties !== undefined) {
    out.a = typeof node.additionalProperties === 'object' ? compact(node.additionalProperties) : node.additionalProperties;
  }
  const dp = deprecatedNote(node.description);
  if (dp) out.dp = dp;
  if (node['x-kubernetes-list-type']) out.lt = node['x-kubernetes-list-type'];
  if (node['x-kubernetes-list-map-keys']) out.lk = node['x-kubernetes-list-map-keys'];
  if (node['x-kubernetes-preserve-unknown-fields']) out.pu = 1;
  if (node['x-kubernetes-embedded-resource']) out.er = 1;
  if (node['x-kubernetes-int-or-string']) out.ios = 1;
  if (node['x-kubernetes-validations']) out.v = node['x-kubernetes-validations'].map((v) => ({ ...v }));
  return out;
}

function hashOf(json) {
  return createHash('sha256').update(json).digest('base64url').slice(0, 10);
}

function packageOf(name) {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(0, i) : '_';
}

function gvkKey({ group, version, kind }) {
  return `${group ? `${group}/` : ''}${version}/${kind}`;
}

// Kinds that the apimachinery registers in every group; they are never resources in a manifest.
const META_DEFINITION = /^io\.k8s\.apimachinery\.pkg\.apis\.meta\.v1\.(DeleteOptions|WatchEvent|Status|APIGroup|APIGroupList|APIResourceList|APIVersions)$/;

function buildVersion(version, doc, shards) {
  const kinds = {};
  const defs = {};
  for (const name of Object.keys(doc.definitions).sort()) {
    const def = doc.definitions[name];
    const c = compact(def);
    const json = JSON.stringify(c);
    const h = hashOf(json);
    const pkg = packageOf(name);
    if (!shards.has(pkg)) shards.set(pkg, {});
    shards.get(pkg)[h] = c;
    defs[name] = h;
    if (META_DEFINITION.test(name)) continue;
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) kinds[gvkKey(gvk)] = name;
  }
  return { version, kinds, defs };
}

function compareVersions(a, b) {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

async function main() {
  const { from, out } = parseArgs(process.argv.slice(2));
  const sources = await readSources(from);
  if (sources.length === 0) throw new Error(`no OpenAPI documents found in ${from.join(', ')}`);
  const shards = new Map();
  const versions = [];
  for (const { name, doc } of sources) {
    const version = versionFromName(name) ?? versionFromName(String(doc.info?.version ?? ''));
    if (!version) throw new Error(`${name}: cannot tell the Kubernetes version from the file name`);
    if (!doc.definitions) throw new Error(`${name}: not an OpenAPI v2 document (no definitions)`);
    versions.push({ ...buildVersion(version, doc, shards), source: basename(name) });
  }
  versions.sort((a, b) => compareVersions(a.version, b.version));

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'defs'), { recursive: true });
  let total = 0;
  const write = (file, data) => {
    const text = JSON.stringify(data);
    total += Buffer.byteLength(text);
    writeFileSync(join(out, file), text);
  };
  const gvks = {};
  for (const v of versions) {
    write(`v${v.version}.json`, { version: v.version, kinds: v.kinds, defs: v.defs });
    for (const key of Object.keys(v.kinds)) (gvks[key] ??= []).push(v.version);
  }
  write('gvks.json', gvks);
  for (const [pkg, defs] of [...shards].sort(([a], [b]) => (a < b ? -1 : 1))) write(`defs/${pkg}.json`, defs);
  write('manifest.json', {
    format: BUNDLE_FORMAT,
    versions: versions.map((v) => v.version),
    sources: Object.fromEntries(versions.map((v) => [v.version, v.source])),
  });
  if (total > MAX_BUNDLE_BYTES) throw new Error(`schema bundle is ${total} bytes, over the ${MAX_BUNDLE_BYTES}-byte budget`);
  const unique = [...shards.values()].reduce((n, s) => n + Object.keys(s).length, 0);
  process.stdout.write(
    `build-schemas: ${versions.length} versions (${versions.map((v) => v.version).join(', ')}), ` +
      `${unique} unique definitions, ${(total / 1024).toFixed(0)} KiB -> ${out}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`build-schemas: ${err.message}\n`);
  process.exitCode = 1;
});
