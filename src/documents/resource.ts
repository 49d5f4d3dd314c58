import type { ManifestDocument } from './manifest-document.js';

/** Resource is a document that looks like a Kubernetes object (a map with apiVersion and kind). */
export interface Resource {
  doc: ManifestDocument;
  object: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** toResource returns the document as a Resource, or undefined if it is not a Kubernetes object. */
export function toResource(doc: ManifestDocument): Resource | undefined {
  const v = doc.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const object = v as Record<string, unknown>;
  const meta = object.metadata;
  const m = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
  return {
    doc,
    object,
    apiVersion: str(object.apiVersion) ?? '',
    kind: str(object.kind) ?? '',
    name: str(m.name),
    namespace: str(m.namespace),
  };
}
