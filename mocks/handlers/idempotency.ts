import type { AccessCheck } from '../db/session.js';

/**
 * The answers kept under `Idempotency-Key`s (openapi.json, `IdempotencyKey`): a write sent again
 * with its key is answered with the first result instead of being carried out twice, under the
 * contract's rules. handlers.ts applies them; this is the memory.
 *
 * What is kept, and why in memory: the caller, method, path and key (the map key), the body the
 * key came with, the answer, when it was given and the access checks the write passed. A server
 * keeps a hash of the body; the mocks, whose whole database lives in memory for a page's life,
 * keep its text. An answer may carry an API key's secret, so nothing stays longer than the window:
 * every lookup forgets what is older first, and a spent answer drops its body at once.
 */

/** How long an answer stays under its key: 24 hours, as payment APIs keep theirs. */
export const idempotencyWindowMs = 24 * 60 * 60 * 1000;

export interface KeptAnswer {
  /** When the answer was given: the server clock (`MockDb.now`), in ms. */
  at: number;
  /** The body the key came with: another body under the key is refused. */
  sent: string;
  status: number;
  /** The answer's body; `undefined` for a 204. */
  body: unknown;
  /** The access checks the write passed: every replay passes them again, as its sender is then. */
  checks: readonly AccessCheck[];
  /**
   * Why the answer may not be given again (its API key stopped working, so its secret stays
   * unsaid): set once, for good, and the body is dropped.
   */
  spent?: string;
}

/** A key whose first request has not been answered yet, or the answer it got. */
export type KeptEntry = { state: 'in-progress' } | ({ state: 'answered' } & KeptAnswer);

export interface IdempotencyStore {
  /** The entry under `key`, after forgetting every answer older than the window. */
  get(key: string): KeptEntry | undefined;
  /** Marks `key` as taken by a request being carried out. */
  begin(key: string): void;
  /** Keeps the answer the request under `key` got. */
  keep(key: string, answer: KeptAnswer): void;
  /** Frees `key` when its request ended without an answer to keep (an error, a dropped request). */
  release(key: string): void;
  /** Spends the answer under `key` for good: its body is dropped, `reason` answers every replay. */
  spend(key: string, reason: string): void;
}

/** `now` is the server clock in ms, so tests that move the db's clock move the window with it. */
export function createIdempotencyStore(now: () => number): IdempotencyStore {
  const entries = new Map<string, KeptEntry>();

  function forgetExpired(): void {
    const oldest = now() - idempotencyWindowMs;
    for (const [key, entry] of entries) if (entry.state === 'answered' && entry.at <= oldest) entries.delete(key);
  }

  return {
    get(key) {
      forgetExpired();
      return entries.get(key);
    },
    begin: (key) => void entries.set(key, { state: 'in-progress' }),
    keep: (key, answer) => void entries.set(key, { state: 'answered', ...answer }),
    release(key) {
      if (entries.get(key)?.state === 'in-progress') entries.delete(key);
    },
    spend(key, reason) {
      const entry = entries.get(key);
      if (entry?.state === 'answered') entries.set(key, { ...entry, body: undefined, spent: reason });
    },
  };
}
