/** MessageData fills the `{{name}}` placeholders of a message template. */
export type MessageData = Record<string, string | number | boolean>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** interpolate fills `{{name}}` placeholders from `data`; unknown names are left as written. */
export function interpolate(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** placeholders lists the placeholder names a message template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
