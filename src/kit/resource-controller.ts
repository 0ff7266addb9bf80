import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toSettingsApiError, type SettingsApiError } from '../api/errors.js';
import { sameArgs } from '../internal/same-args.js';
import { LoadTracker } from './load-tracker.js';

/** As `@lit/task` names them: `initial` when nothing may load yet (no session, or access denied). */
export type ResourceStatus = 'initial' | 'pending' | 'complete' | 'error';

/** How the kit wires a read (`SectionController.resource` fills in all but `load` and part of `args`). */
export interface ResourceOptions<T, A extends readonly unknown[]> {
  /**
   * The inputs of the load, read before every render. Return `null` when nothing may be loaded
   * (no session yet, or access denied): no request is sent.
   */
  args: () => A | null;
  /** Loads the data; must pass `signal` to the client. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Called with every failure that is not an abort (e.g. to refresh the session on 403). */
  onError?: (error: SettingsApiError) => void;
  /** Called after every successful load. */
  onSuccess?: () => void;
  /**
   * Whose data this is — the kit passes the session's user id. When it changes the value is dropped
   * and loaded again even if `args` did not (the same client may now sign in someone else).
   */
  identity?: () => unknown;
}

/** What rendering needs to know about a resource, whatever its args. */
export interface ResourceState<T> {
  readonly status: ResourceStatus;
  readonly value: T | undefined;
  readonly error: SettingsApiError | undefined;
  /** Settles when the current load does (at once when none runs); read `status` after awaiting. */
  readonly taskComplete: Promise<void>;
  reload(): Promise<void>;
}

/**
 * Loads remote data for an element: runs when its args change, aborts the previous request when
 * they do and when the element disconnects. When the args change the old value is dropped at
 * once, so data of one company is never shown under another's name; `reload()` keeps the current
 * value on screen while it refreshes.
 */
export class ResourceController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController, ResourceState<T> {
  #status: ResourceStatus = 'initial';
  #value: T | undefined;
  #error: SettingsApiError | undefined;

  #host: ReactiveControllerHost;
  #options: ResourceOptions<T, A>;
  #args: A | null = null;
  #identity: unknown;
  #abort?: AbortController;
  #loads = new LoadTracker();
  #connected = false;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdate(): void {
    // Off the page (the shell keeps a panel while the user is in another section), nothing is
    // asked: no disconnect would abort it. Coming back updates the element, which loads then.
    if (!this.#connected) return;
    const args = this.#options.args();
    const identity = this.#options.identity?.();
    if (sameArgs(args, this.#args) && identity === this.#identity) return;
    this.#args = args;
    this.#identity = identity;
    this.#value = undefined;
    this.#error = undefined;
    if (args) void this.#run(args);
    else {
      this.#abort?.abort();
      this.#status = 'initial';
      this.#loads.cancel();
    }
  }

  get status(): ResourceStatus {
    return this.#status;
  }

  /** The last value loaded for the current args; kept on screen while a reload runs. */
  get value(): T | undefined {
    return this.#value;
  }

  get error(): SettingsApiError | undefined {
    return this.#error;
  }

  /** Settles when the current load does (at once when none runs). Read `status`, `value`, `error` after. */
  get taskComplete(): Promise<void> {
    return this.#loads.complete;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#abort?.abort();
    this.#loads.cancel();
    // Forget the args so reconnecting loads again instead of showing an aborted request forever.
    if (this.#status === 'pending') this.#args = null;
  }

  /** Loads again with the current args, keeping the current value visible meanwhile. */
  reload(): Promise<void> {
    return this.#args ? this.#run(this.#args) : Promise.resolve();
  }

  /** Replaces the value locally (e.g. with the server's answer to a save). */
  set(value: T): void {
    this.#value = value;
    this.#status = 'complete';
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  async #run(args: A): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const ticket = this.#loads.begin();
    this.#status = 'pending';
    this.#host.requestUpdate();
    try {
      const value = await this.#options.load(args, abort.signal);
      if (abort.signal.aborted) return;
      this.#value = value;
      this.#error = undefined;
      this.#status = 'complete';
      this.#options.onSuccess?.();
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.#error = toSettingsApiError(error);
      this.#status = 'error';
      this.#options.onError?.(this.#error);
    } finally {
      this.#loads.end(ticket);
    }
    this.#host.requestUpdate();
  }
}
