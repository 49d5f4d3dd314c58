import type { DocEdit, Path } from './doc-edit.js';

/** MigrationNote is something a migration reports instead of silently applying it. */
export interface MigrationNote {
  messageId: string;
  severity: 'error' | 'warning' | 'info';
  data: Record<string, string>;
  path: Path;
}

/** MigrationContext is what a migration sees: the document editor, the object before edits, the target. */
export interface MigrationContext {
  edit: DocEdit;
  obj: Record<string, unknown>;
  fromApiVersion: string;
  toApiVersion: string;
  target: number;
  note(messageId: string, data: Record<string, string>, path: Path, severity?: MigrationNote['severity']): void;
}

/**
 * KindMigration rewrites the fields of one kind when its apiVersion moves. It returns
 * false when the object cannot be migrated without a value nobody can invent (it is then
 * left untouched and the notes say what is missing).
 */
export interface KindMigration {
  kind: string;
  from: RegExp;
  apply(ctx: MigrationContext): boolean;
}
