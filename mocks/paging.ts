import type { ListQuery, Page } from '../src/api/types.js';
import { invalid } from './errors.js';

export const defaultPageSize = 25;
export const maxPageSize = 100;

/**
 * Server-side search: case-insensitive substring over the given fields. An empty query matches all.
 */
export function search<T>(items: readonly T[], q: string | undefined, fieldsOf: (item: T) => readonly (string | null)[]): T[] {
  const needle = q?.trim().toLowerCase();
  if (!needle) return [...items];
  return items.filter((item) => fieldsOf(item).some((field) => field?.toLowerCase().includes(needle)));
}

/**
 * One page of already searched items. The cursor is opaque to clients (base64 of an offset): they
 * only pass back the `nextCursor` they were given.
 */
export function paginate<T>(items: readonly T[], query: ListQuery): Page<T> {
  const limit = pageSize(query.limit);
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
    total: items.length,
  };
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1) throw invalid({ limit: 'Use a whole number of at least 1.' });
  return Math.min(limit, maxPageSize);
}

function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`);
}

function decodeCursor(cursor: string): number {
  let text: string;
  try {
    text = atob(cursor);
  } catch {
    text = '';
  }
  const match = /^offset:(\d+)$/.exec(text);
  if (!match) throw invalid({ cursor: 'This cursor is not valid. Start again from the first page.' });
  return Number(match[1]);
}
