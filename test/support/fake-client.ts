import type { SettingsClient } from '../../src/api/client.js';
import type { Session } from '../../src/api/types.js';

/** A client method: ours, or a host's own (host sections add methods to the client). */
export type FakeMethod = keyof SettingsClient | (string & {});

export interface FakeCall {
  method: FakeMethod;
  args: unknown[];
  signal: AbortSignal | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * A `SettingsClient` whose answers the test gives by hand: every call is recorded with its
 * arguments and AbortSignal and stays pending until the test resolves or rejects it. Loading,
 * error and race states are then deterministic — no sleeps, no timers.
 */
export class FakeClient {
  readonly calls: FakeCall[] = [];
  readonly client: SettingsClient;
  #waiters: { method: FakeMethod; resolve: (call: FakeCall) => void }[] = [];
  #answers: Partial<Record<FakeMethod, (...args: unknown[]) => unknown>>;

  /**
   * `answers`: reads the test is not about, answered at once and not recorded (e.g. the API keys
   * panel's policy). A function returning `undefined` leaves that call to the test.
   */
  constructor(options: { session?: Session; answers?: Partial<Record<FakeMethod, (...args: unknown[]) => unknown>> } = {}) {
    const { session, answers = {} } = options;
    this.#answers = answers;
    this.client = new Proxy({} as SettingsClient, {
      get: (_target, key) => {
        // Only method-like names: Lit and promise machinery probe objects for `then`, `_$litDirective$`…
        if (typeof key !== 'string' || key === 'then' || !/^[a-z][A-Za-z]*$/.test(key)) return undefined;
        return (...args: unknown[]) => this.#record(key, args, session);
      },
    });
  }

  /** Calls of one method, in order. */
  callsTo(method: FakeMethod): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The next call to `method` (already made, or the next one to arrive). */
  nextCall(method: FakeMethod, after = 0): Promise<FakeCall> {
    const made = this.callsTo(method)[after];
    if (made) return Promise.resolve(made);
    return new Promise((resolve) => this.#waiters.push({ method, resolve }));
  }

  /**
   * The search for `q` among the calls to `method` from `after` on (its query is the argument at
   * `queryArg`). On a busy machine a typed key can come after the search's debounce: a search for
   * what was typed so far may go out first; each is answered with `partial` and must be for a start
   * of `q`.
   */
  async nextSearch(method: FakeMethod, after: number, q: string, queryArg: number, partial: unknown): Promise<FakeCall> {
    for (let index = after; ; index++) {
      const call = await this.nextCall(method, index);
      const sent = (call.args[queryArg] as { q?: string } | undefined)?.q ?? '';
      if (sent === q) return call;
      if (!q.startsWith(sent)) throw new Error(`${method} searched "${sent}" while "${q}" was typed`);
      call.resolve(partial);
    }
  }

  #record(method: FakeMethod, args: unknown[], session: Session | undefined): Promise<unknown> {
    const answer = this.#answers[method]?.(...args);
    if (answer !== undefined) return Promise.resolve(structuredClone(answer));
    // Options ({ signal }) are always the last argument of a SettingsClient method.
    const last = args.at(-1) as { signal?: AbortSignal } | undefined;
    const signal = last && typeof last === 'object' && 'signal' in last ? last.signal : undefined;
    return new Promise((resolve, reject) => {
      const call: FakeCall = { method, args, signal, resolve, reject };
      this.calls.push(call);
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      // The session answers at once unless the test wants to control it (no session given).
      if (method === 'getSession' && session) resolve(structuredClone(session));
      const waiter = this.#waiters.findIndex((w) => w.method === method);
      if (waiter >= 0) this.#waiters.splice(waiter, 1)[0]!.resolve(call);
    });
  }
}
