import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expectDefined, importChunk } from './define-element.js';

/** What became of a request that needed an element: it `done`, its code `failed` to load, or it went `stale` (dropped meanwhile). */
export type ElementOpening = { readonly status: 'done' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'stale' };

/**
 * How a loader imports each of its chunks (`importChunk(() => import('./x.js'))`): after a failed
 * attempt, anew, since the engine keeps the failure.
 */
export type ChunkImport = <T>(load: () => Promise<T>) => Promise<T>;

/** How each lazily loaded tag is defined, as its define module said (`loadElementWith`). */
const loaders = new Map<string, (importChunk: ChunkImport) => Promise<void>>();

/**
 * The load of each tag in flight or done, page-wide, so two panels (or a prefetch and a click)
 * fetch a chunk once. A failed load is forgotten, so the next attempt imports anew.
 */
const loading = new Map<string, Promise<void>>();

/** The tags whose code arrived through their loader (the one registered last), page-wide. */
const arrived = new Set<string>();

/** The tags whose load failed, page-wide: their chunks are imported anew (`ChunkImport`). */
const failed = new Set<string>();

/**
 * Defines `tag`. Until its define module says how, only a host that defined the panel's elements
 * by hand, this one included, has it.
 */
function loaderOf(tag: string): (importChunk: ChunkImport) => Promise<void> {
  return (
    loaders.get(tag) ??
    (() => (customElements.get(tag) ? Promise.resolve() : Promise.reject(new Error(`<${tag}> is not defined: import its panel's define module.`))))
  );
}

function load(tag: string): Promise<void> {
  let current = loading.get(tag);
  if (!current) {
    // Started at once; a loader that throws fails the attempt like a failed fetch.
    const failedBefore = failed.has(tag);
    const chunk: ChunkImport = (load) => importChunk(load, failedBefore);
    const attempt = new Promise<void>((resolve) => resolve(loaderOf(tag)(chunk))).then(() => {
      expectDefined(tag);
      if (loading.get(tag) === attempt) arrived.add(tag);
    });
    loading.set(tag, attempt);
    attempt.catch(() => {
      if (loading.get(tag) !== attempt) return;
      loading.delete(tag);
      failed.add(tag);
    });
    current = attempt;
  }
  return current;
}

/**
 * How `tag` is defined when a panel first needs it: its define module imports its code (and
 * strings), each chunk through `importChunk`, and registers it. Forgets a load done or failed
 * before (tests swap in one that waits, or fails).
 */
export function loadElementWith(tag: string, define: (importChunk: ChunkImport) => Promise<void>): void {
  loaders.set(tag, define);
  loading.delete(tag);
  arrived.delete(tag);
  failed.delete(tag);
}

/**
 * Fetches and defines `tag` now, through its loader (once per page, shared with every panel's
 * request). Tests have an element's code arrive before a panel asks, as a page that has already
 * opened it once would.
 */
export function loadElement(tag: string): Promise<void> {
  return load(tag);
}

/**
 * An element that arrives when it is first needed: its code and strings are a chunk of their own,
 * fetched on the first request (or ahead of it, by `prefetch` when the pointer rests on or focus
 * reaches the button that asks). For one host, this says whether a request waits for that code, or
 * the last one could not get it (a flaky network, a deploy that replaced the chunk), and keeps that
 * request for Try again. The host renders the element only once it is `defined` (an element left
 * undefined in the page would look like a forgotten import to whoever inspects it), so a request
 * starts after the host's next update has put it there.
 */
export class ElementCode<Request> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #tag: string;
  readonly #start: (request: Request) => void;
  #request: Request | undefined;
  #failed = false;
  /** Counts attempts: an answer for an attempt that is no longer the last is stale. */
  #attempt = 0;
  #settled: Promise<unknown> = Promise.resolve();

  /** `start` does what a request asked for, once `tag` is defined. */
  constructor(host: ReactiveControllerHost, tag: string, start: (request: Request) => void) {
    this.#host = host;
    this.#tag = tag;
    this.#start = start;
    host.addController(this);
  }

  /** Whether the code is here: the host renders the element from then on. */
  get defined(): boolean {
    return customElements.get(this.#tag) !== undefined;
  }

  /**
   * Whether the code arrived through its loader: a request can then be met at once, without waiting
   * for a load (the host has the element in its page once it has rendered since).
   */
  get arrived(): boolean {
    return arrived.has(this.#tag);
  }

  /** The request waiting for the code (its button is busy meanwhile), if any. */
  get waiting(): Request | undefined {
    return this.#failed ? undefined : this.#request;
  }

  /** The request that could not get the code: say so, with Try again (`retry`). */
  get failed(): Request | undefined {
    return this.#failed ? this.#request : undefined;
  }

  /** Settles when the last request has: done, failed or dropped (at once when none runs). */
  get taskComplete(): Promise<void> {
    return this.#settled.then(() => undefined);
  }

  /** Fetches the code ahead of need; a failure stays quiet until a request asks for it again. */
  prefetch(): void {
    load(this.#tag).catch(() => undefined);
  }

  /** Loads the code (once per page), then does what `request` asks for, unless dropped meanwhile. */
  open(request: Request): Promise<ElementOpening> {
    const attempt = ++this.#attempt;
    this.#request = request;
    this.#failed = false;
    this.#host.requestUpdate();
    const opening = load(this.#tag).then(
      async (): Promise<ElementOpening> => {
        if (attempt !== this.#attempt) return { status: 'stale' };
        this.#request = undefined;
        this.#host.requestUpdate();
        await this.#host.updateComplete; // the host renders the element now that it is defined
        if (attempt !== this.#attempt) return { status: 'stale' };
        this.#start(request);
        return { status: 'done' };
      },
      (error: unknown): ElementOpening => {
        if (attempt !== this.#attempt) return { status: 'stale' };
        console.error(`<${this.#tag}> could not be loaded.`, error);
        this.#failed = true;
        this.#host.requestUpdate();
        return { status: 'failed', error };
      },
    );
    this.#settled = opening;
    return opening;
  }

  /** Asks again for the request whose code failed to load. */
  retry(): Promise<ElementOpening> {
    const failed = this.failed;
    return failed === undefined ? Promise.resolve({ status: 'stale' }) : this.open(failed);
  }

  /** Drops the request waiting or failed (another user, another dialog, the host left): nothing opens for it. */
  forget(): void {
    // First: an opening whose code arrived and that waits for the host's update is dropped too.
    this.#attempt++;
    if (this.#request === undefined) return;
    this.#request = undefined;
    this.#failed = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.forget();
  }
}
