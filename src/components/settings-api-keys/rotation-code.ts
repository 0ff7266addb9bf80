import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What became of a request to open the rotation: opened, its code `failed` to load, or `stale` (dropped meanwhile). */
export type RotationOpening = { readonly status: 'done' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'stale' };

const tag = 'settings-api-key-rotation';

/**
 * Defines the rotation. Until its define module says how (`loadRotationWith`), only a host that
 * defined the panel's elements by hand, this one included, has it.
 */
let loader = (): Promise<void> =>
  customElements.get(tag) ? Promise.resolve() : Promise.reject(new Error(`<${tag}> is not defined: import settings-elements/define/settings-api-keys.`));

/**
 * The load in flight or done, page-wide, so two panels (or a prefetch and a click) fetch the chunk
 * once. A failed load is forgotten, so the next attempt imports anew.
 */
let loading: Promise<void> | undefined;

function load(): Promise<void> {
  if (!loading) {
    // Started at once; a loader that throws fails the attempt like a failed fetch.
    const attempt = new Promise<void>((resolve) => resolve(loader())).then(() => {
      if (!customElements.get(tag)) throw new Error(`Its loader resolved, but <${tag}> is still not defined.`);
    });
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}

/**
 * How `<settings-api-key-rotation>` is defined when a panel first needs it: its define module
 * (`settings-elements/define/settings-api-keys`) imports its code and registers it. Forgets a load
 * done or failed before (tests swap in one that waits, or fails).
 */
export function loadRotationWith(define: () => Promise<void>): void {
  loader = define;
  loading = undefined;
}

/**
 * `<settings-api-key-rotation>` arrives when it is first needed: its code and strings are a chunk
 * of their own, which only a manager who starts or resumes a rotation fetches (or, ahead of the
 * click, one whose pointer rests on or whose focus reaches a Rotate button). For one panel, this
 * says whether a rotation waits for that code, or the last one could not get it (a flaky network, a
 * deploy that replaced the chunk), and keeps that attempt for Try again.
 */
export class RotationCode<Request> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #start: (request: Request) => void;
  #request: Request | undefined;
  #failed = false;
  /** Counts attempts: an answer for an attempt that is no longer the last is stale. */
  #attempt = 0;
  #settled: Promise<unknown> = Promise.resolve();

  /** `start` starts the rotation a request asked for, once the element is defined. */
  constructor(host: ReactiveControllerHost, start: (request: Request) => void) {
    this.#host = host;
    this.#start = start;
    host.addController(this);
  }

  /** The request waiting for the code (its button is busy meanwhile), if any. */
  get waiting(): Request | undefined {
    return this.#failed ? undefined : this.#request;
  }

  /** The request that could not get the code: say so, with Try again (`retry`). */
  get failed(): Request | undefined {
    return this.#failed ? this.#request : undefined;
  }

  /** Settles when the last request has: opened, failed or dropped (at once when none runs). */
  get taskComplete(): Promise<void> {
    return this.#settled.then(() => undefined);
  }

  /** Fetches the code ahead of need; a failure stays quiet until a click asks for it again. */
  prefetch(): void {
    load().catch(() => undefined);
  }

  /** Loads the code (once per page), then starts the rotation `request` asks for, unless dropped meanwhile. */
  open(request: Request): Promise<RotationOpening> {
    const attempt = ++this.#attempt;
    this.#request = request;
    this.#failed = false;
    this.#host.requestUpdate();
    const opening = load().then(
      (): RotationOpening => {
        if (attempt !== this.#attempt) return { status: 'stale' };
        this.#request = undefined;
        this.#host.requestUpdate();
        this.#start(request);
        return { status: 'done' };
      },
      (error: unknown): RotationOpening => {
        if (attempt !== this.#attempt) return { status: 'stale' };
        console.error('The API key rotation could not be loaded.', error);
        this.#failed = true;
        this.#host.requestUpdate();
        return { status: 'failed', error };
      },
    );
    this.#settled = opening;
    return opening;
  }

  /** Asks again for the request whose code failed to load. */
  retry(): Promise<RotationOpening> {
    const failed = this.failed;
    return failed === undefined ? Promise.resolve({ status: 'stale' }) : this.open(failed);
  }

  /** Drops the request waiting or failed (another user, another dialog, the panel left): nothing opens for it. */
  forget(): void {
    if (this.#request === undefined) return;
    this.#attempt++;
    this.#request = undefined;
    this.#failed = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.forget();
  }
}
