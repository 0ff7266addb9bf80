import type { FieldChange, SettingsChange } from '../events/settings-change.js';

/**
 * What a write tells the audit stream about itself; `WriteController` adds the section, the actor,
 * the company and the time to make a `SettingsChange`.
 */
export interface ChangeRecord {
  /** `<thing>.<past verb>`, e.g. `site.updated`. */
  action: string;
  target: { type: string; id: string };
  /** The record before the write (`null` for a creation) and after it (`null` for a removal). */
  before: object | null;
  after: object | null;
  /**
   * The fields to compare, when not all are the write's doing: a revocation is about `status` and
   * `revokedAt`, not the `lastUsedAt` that moved on meanwhile. Dotted paths reach into objects.
   */
  fields?: readonly string[];
}

/** Never part of an audit record, whatever a record carries. */
const secretField = /secret|password|token/i;

/**
 * The fields that differ between `before` and `after`, nested objects flattened to dotted paths
 * (`address.city`), arrays compared whole. A creation lists every field of the new record.
 */
export function changedFields(record: ChangeRecord): Record<string, FieldChange> {
  const before = flatten(record.before);
  const after = flatten(record.after);
  const changes: Record<string, FieldChange> = {};
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (secretField.test(path)) continue;
    if (record.fields && !record.fields.some((field) => path === field || path.startsWith(`${field}.`))) continue;
    const was = before[path] ?? null;
    const is = after[path] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[path] = { before: was, after: is };
  }
  return changes;
}

export function toSettingsChange(
  record: ChangeRecord,
  context: { section: string; actor: SettingsChange['actor']; companyId: string | null },
): SettingsChange {
  return {
    action: record.action,
    section: context.section,
    actor: context.actor,
    companyId: context.companyId,
    target: { ...record.target },
    changes: changedFields(record),
    at: new Date().toISOString(),
  };
}

function flatten(value: object | null, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value === null) return into;
  for (const [key, field] of Object.entries(value)) {
    const path = prefix + key;
    if (field !== null && typeof field === 'object' && !Array.isArray(field)) flatten(field as object, `${path}.`, into);
    else into[path] = field;
  }
  return into;
}
