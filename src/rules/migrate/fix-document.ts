import type { Document } from 'yaml';
import { checkDeprecations } from '../deprecation-checks.js';
import { findApiRow, minorOf } from '../deprecation-table.js';
import { getPath, podSpecLocations } from '../pod-specs.js';
import { DocEdit, type Path } from './doc-edit.js';
import { kindMigrations } from './kind-migrations.js';
import type { MigrationNote } from './migration-types.js';
import { closestPodSecurityLevel } from './psp-level.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** FixNote is a migration note tied to the rule that asked for the migration. */
export interface FixNote extends MigrationNote {
  ruleId: string;
}

/** targetApiVersion follows replacements until one is served (and not removed) at the target. */
export function targetApiVersion(apiVersion: string, kind: string, target: number): string | undefined {
  let row = findApiRow(apiVersion, kind);
  const seen = new Set<string>();
  while (row?.replacement && !seen.has(row.apiVersion)) {
    seen.add(row.apiVersion);
    const rep = row.replacement;
    if (rep.servedSince && minorOf(rep.servedSince) > target) return undefined;
    const next = findApiRow(rep.apiVersion, rep.kind);
    if (!next?.removedIn || minorOf(next.removedIn) > target) return rep.apiVersion;
    row = next;
  }
  return undefined;
}

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';

function seccompProfile(value: string): Obj | undefined {
  if (value === 'runtime/default' || value === 'docker/default') return { type: 'RuntimeDefault' };
  if (value === 'unconfined') return { type: 'Unconfined' };
  if (value.startsWith('localhost/')) return { type: 'Localhost', localhostProfile: value.slice('localhost/'.length) };
  return undefined;
}

function migrateSeccomp(edit: DocEdit, kind: string, notes: FixNote[]): void {
  const loc = podSpecLocations[kind];
  if (!loc) return;
  const annPath: Path = [...loc.metadata, 'annotations'];
  const ann = edit.js(annPath);
  if (!isObj(ann)) return;
  for (const [key, v] of Object.entries(ann)) {
    const profile = typeof v === 'string' ? seccompProfile(v) : undefined;
    let target: Path | undefined;
    if (key === SECCOMP_POD) target = [...loc.spec, 'securityContext', 'seccompProfile'];
    else if (key.startsWith(SECCOMP_CONTAINER)) {
      const name = key.slice(SECCOMP_CONTAINER.length);
      const cs = edit.js([...loc.spec, 'containers']);
      const i = Array.isArray(cs) ? cs.findIndex((c) => isObj(c) && c.name === name) : -1;
      if (i >= 0) target = [...loc.spec, 'containers', i, 'securityContext', 'seccompProfile'];
    }
    if (!target) continue;
    if (!profile) {
      notes.push({ ruleId: 'annotation-deprecated', messageId: 'seccompUnknown', severity: 'warning', data: { annotation: key, value: String(v) }, path: [...annPath, key] });
      continue;
    }
    if (!edit.has(target)) edit.set(target, profile);
    edit.delete([...annPath, key]);
  }
  if (edit.keys(annPath).length === 0 && edit.has(annPath)) edit.delete(annPath);
  if (loc.metadata[0] !== 'metadata' && edit.keys(loc.metadata).length === 0 && edit.has(loc.metadata)) edit.delete(loc.metadata);
}

/** fixDocument migrates one parsed document in place for the target minor and returns its notes. */
export function fixDocument(doc: Document, target: number): { changed: boolean; notes: FixNote[] } {
  const work = doc.clone();
  const result = fixInPlace(work, target);
  if (!result.changed) return result;
  doc.contents = work.contents;
  return result;
}

function fixInPlace(doc: Document, target: number): { changed: boolean; notes: FixNote[] } {
  const obj = doc.toJS() as unknown;
  const notes: FixNote[] = [];
  if (!isObj(obj)) return { changed: false, notes };
  const edit = new DocEdit(doc);
  const hits = checkDeprecations(obj, target);
  const kind = String(obj.kind ?? '');
  const apiVersion = String(obj.apiVersion ?? '');
  const apiHit = hits.find((h) => h.ruleId === 'api-removed' || h.ruleId === 'api-deprecated');
  if (apiHit && !migrateApi(edit, obj, apiVersion, kind, target, apiHit.ruleId, notes)) return { changed: false, notes };
  if (target >= 19) migrateSeccomp(edit, kind, notes);
  for (const h of hits) {
    if (h.ruleId === 'label-deprecated') {
      const last = h.path[h.path.length - 1];
      if (last === 'key' || last === 'topologyKey') edit.set(h.path, h.data.replacement);
      else edit.renameKey(h.path.slice(0, -1), String(last), h.data.replacement);
    } else if (h.ruleId === 'image-registry-deprecated') {
      edit.set(h.path, h.data.suggested);
    }
  }
  return { changed: edit.changed, notes };
}

/** migrateApi moves the object to the served apiVersion; false when it must be migrated by hand. */
function migrateApi(edit: DocEdit, obj: Obj, apiVersion: string, kind: string, target: number, ruleId: string, notes: FixNote[]): boolean {
  const note = (messageId: string, data: Record<string, string>, path: Path, severity: MigrationNote['severity'] = 'warning') =>
    notes.push({ ruleId, messageId, data, path, severity });
  if (kind === 'PodSecurityPolicy') {
    const { level, reasons } = closestPodSecurityLevel(getPath(obj, ['spec']));
    note('pspLevel', { name: String(getPath(obj, ['metadata', 'name']) ?? ''), level, reasons: reasons.join('; ') || 'it allows nothing beyond the restricted profile' }, ['kind'], 'error');
    return true;
  }
  const to = targetApiVersion(apiVersion, kind, target);
  if (!to) {
    note('noTarget', { apiVersion, kind, target: `1.${target}` }, ['apiVersion'], 'error');
    return true;
  }
  const migration = kindMigrations.find((m) => m.kind === kind && m.from.test(apiVersion));
  if (migration) {
    const ok = migration.apply({ edit, obj, fromApiVersion: apiVersion, toApiVersion: to, target, note });
    if (!ok) {
      note('manual', { apiVersion, kind, to }, ['apiVersion'], 'error');
      return false;
    }
  }
  edit.set(['apiVersion'], to);
  return true;
}
