import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SettingsClient } from '../api/client.js';
import { toSettingsApiError, type SettingsApiError } from '../api/errors.js';
import type { SettingsContextValue } from '../context/settings-context.js';
import { SettingsChangeEvent, type SettingsChange } from '../events/settings-change.js';
import { toSettingsChange, type ChangeRecord } from './change-record.js';

/**
 * How a write ended:
 * - `done`: the server accepted it; `value` is its answer and `change` its audit record (also fired
 *   as `settings-change`).
 * - `cancelled`: nothing was sent — a listener cancelled the intent event, or this operation was
 *   already running (`reason: 'busy'`, e.g. a double click or Enter pressed twice), or the element
 *   is not inside a loaded `<settings-provider>` (`reason: 'unavailable'`).
 * - `failed`: the server (or the network) refused it; `error` is also on the controller, for rendering.
 * - `stale`: its answer belongs to a view that is gone and must not be shown — `reason` says why:
 *   `company` (a company write, and the user switched company meanwhile), `user` (another user is
 *   signed in now) or `left` (the element left the page, e.g. the user opened another section).
 *   The fact event was still fired when it succeeded — from the provider when the element had left,
 *   so the host hears it.
 */
export type WriteResult<T> =
  | { readonly status: 'done'; readonly value: T; readonly change: SettingsChange }
  | { readonly status: 'cancelled'; readonly reason: 'intent' | 'busy' | 'unavailable' }
  | { readonly status: 'failed'; readonly error: SettingsApiError }
  | { readonly status: 'stale'; readonly reason: StaleReason; readonly value?: T; readonly error?: SettingsApiError };

export type StaleReason = 'company' | 'user' | 'left';

/** What the write runs with: the provider's client and the company selected when it started. */
export interface WriteContext {
  readonly client: SettingsClient;
  readonly companyId: string | null;
  /**
   * Pass it as `{ idempotencyKey }` to a create. It stays the same while the user sends the same
   * input again after a failure, so a create whose answer was lost is not made twice; new input,
   * a success, or a server saying the key can never be answered again (409
   * `idempotency_key_spent`) gets a new one.
   */
  readonly idempotencyKey: string;
}

/** What a write does: `SectionController.write()` takes these. */
export interface WriteOptions<I, T> {
  /** The cancelable intent event, fired from the host before anything is sent. */
  readonly intent?: ((input: I) => Event) | undefined;
  /** Sends the write. */
  readonly run: (input: I, context: WriteContext) => Promise<T>;
  /**
   * What the write changed, for the audit stream: the target and the record before and after.
   * The controller makes the `SettingsChange` from it, gives it to `fact` and fires it as
   * `settings-change`.
   */
  readonly change: (value: T, input: I) => ChangeRecord;
  /** The fact event, fired from the host once the server accepted the write; carry `change` on it. */
  readonly fact?: ((value: T, input: I, change: SettingsChange) => Event) | undefined;
}

/** How the kit wires a write to its section (`SectionController.write` fills these in). */
export interface WriteWiring {
  /** The provider's context, read when the write starts. */
  readonly settings: () => SettingsContextValue | undefined;
  /** The section the write belongs to, for its audit record (`SettingsChange.section`). */
  readonly section: () => string;
  /**
   * True when the write belongs to the selected company (a company section's writes): its answer
   * is dropped as `stale` if the company changes meanwhile. Personal and organization writes are
   * never stale — their result is the same whichever company is selected.
   */
  readonly companyScoped: () => boolean;
  /** Every failure, for the section's 403 rule. */
  readonly onError: (error: SettingsApiError) => void;
}

/**
 * One write operation of an element (a panel with two writes has two controllers): its own pending
 * state, its own error and 422 field errors, the cancelable intent → fact events, and a result that
 * says what happened. A failure leaves the caller's form state alone, so the user's input is kept.
 *
 * Busy-control rule: while `pending`, render the control that started the write with
 * `aria-disabled="true"` and `aria-busy="true"`, never `disabled` — a disabled button under focus
 * drops focus to the page. `run()` ignores a second start while pending, so the click is harmless.
 */
export class WriteController<I, T> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: WriteOptions<I, T> & WriteWiring;
  #pending = false;
  #error: SettingsApiError | undefined;
  /** Whom and which company the current error is about: it is not shown under another's name. */
  #errorFor: { userId: string; companyId: string | null } | undefined;
  #complete: Promise<void> = Promise.resolve();
  /** The key of the last failed attempt and the input it carried (as JSON), for a retry of it. */
  #retryable: { input: string; key: string } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: WriteOptions<I, T> & WriteWiring) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True while this operation's request is in flight. */
  get pending(): boolean {
    return this.#pending;
  }

  /** The last failure of this operation, until the next start or `reset()`. */
  get error(): SettingsApiError | undefined {
    return this.#error;
  }

  /**
   * Settles when the write in flight does (at once when none is); for tests and hosts to await.
   * It carries no value on purpose: the controller keeps no answer once `run()` has returned it, so
   * nothing it was given (an API key's secret) outlives the caller's use of it.
   */
  get taskComplete(): Promise<void> {
    return this.#complete;
  }

  /** The server's message for one field of the last failed write (422), to render beside it. */
  fieldError(field: string): string | undefined {
    return this.#error?.fieldErrors?.[field];
  }

  /** Forgets the last error (e.g. when its dialog is closed or the form is reset). */
  reset(): void {
    if (!this.#error) return;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    // An error is about the user it was sent for, and a company write's about that company too.
    const settings = this.#options.settings();
    if (this.#error && settings && this.#staleReason(settings, this.#errorFor!)) this.#error = undefined;
  }

  /** The same key for the same input sent again after a failure; a new one otherwise. */
  #keyFor(input: I): string {
    const json = JSON.stringify(input) ?? '';
    if (this.#retryable?.input !== json) this.#retryable = { input: json, key: newKey() };
    return this.#retryable.key;
  }

  /** Why an answer sent for `sent` no longer fits what is on screen now, if it does not. */
  #staleReason(now: SettingsContextValue | undefined, sent: { userId: string; companyId: string | null }): StaleReason | undefined {
    if (!this.#host.isConnected) return 'left';
    if (now && now.session.user.id !== sent.userId) return 'user';
    if (this.#options.companyScoped() && now?.companyId !== sent.companyId) return 'company';
    return undefined;
  }

  /**
   * Runs the write: fires the intent (a cancelled intent sends nothing), marks the operation
   * pending, sends it, fires the fact on success.
   */
  run(input: I): Promise<WriteResult<T>> {
    if (this.#pending) return Promise.resolve({ status: 'cancelled', reason: 'busy' });
    const settings = this.#options.settings();
    if (!settings) return Promise.resolve({ status: 'cancelled', reason: 'unavailable' });
    if (this.#options.intent && !this.#host.dispatchEvent(this.#options.intent(input))) return Promise.resolve({ status: 'cancelled', reason: 'intent' });
    const result = this.#send(input, settings);
    this.#complete = result.then(() => undefined);
    return result;
  }

  async #send(input: I, settings: SettingsContextValue): Promise<WriteResult<T>> {
    const sent = { userId: settings.session.user.id, companyId: settings.companyId };
    this.#pending = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await this.#options.run(input, { client: settings.client, companyId: sent.companyId, idempotencyKey: this.#keyFor(input) });
      this.#retryable = undefined;
      const reason = this.#staleReason(this.#options.settings(), sent);
      const change = toSettingsChange(this.#options.change(value, input), {
        section: this.#options.section(),
        actor: { id: settings.session.user.id, name: settings.session.user.name, email: settings.session.user.email },
        companyId: this.#options.companyScoped() ? sent.companyId : null,
      });
      // An element that left the page has no listeners above it any more: the provider tells the host.
      const dispatch = (event: Event) => (reason === 'left' ? settings.dispatchFromProvider(event) : this.#host.dispatchEvent(event));
      if (this.#options.fact) dispatch(this.#options.fact(value, input, change));
      dispatch(new SettingsChangeEvent(change));
      return reason ? { status: 'stale', reason, value } : { status: 'done', value, change };
    } catch (thrown) {
      const error = toSettingsApiError(thrown);
      // The server will never answer this key again: the same input sent again is a new request.
      if (error.code === 'idempotency_key_spent') this.#retryable = undefined;
      this.#options.onError(error);
      const reason = this.#staleReason(this.#options.settings(), sent);
      if (reason) return { status: 'stale', reason, error };
      this.#error = error;
      this.#errorFor = sent;
      return { status: 'failed', error };
    } finally {
      this.#pending = false;
      this.#host.requestUpdate();
    }
  }
}

function newKey(): string {
  // randomUUID needs a secure context; a plain-http intranet host still gets a unique enough key.
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
