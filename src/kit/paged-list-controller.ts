import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toSettingsApiError, type SettingsApiError } from '../api/errors.js';
import type { ListQuery, Page } from '../api/types.js';
import { sameArgs } from '../internal/same-args.js';
import { LoadTracker } from './load-tracker.js';
import type { ResourceStatus } from './resource-controller.js';

/** How the kit wires a paged read (`SectionController.pagedList` fills in all but `load` and part of `args`). */
export interface PagedListOptions<T, A extends readonly unknown[]> {
  /** Inputs of the list (client, company, filters); `null` sends no request. */
  args: () => A | null;
  load: (args: A, query: ListQuery, signal: AbortSignal) => Promise<Page<T>>;
  onError?: (error: SettingsApiError) => void;
  /** Called after every page that loaded. */
  onSuccess?: () => void;
  /** Whose rows these are (the session's user id): a change reloads, as a change of args does. */
  identity?: () => unknown;
  pageSize?: number;
  /** How long typing must pause before the search goes to the server. */
  debounceMs?: number;
  /** What tells rows apart, to drop a row a later page sends again: the row's `id` unless told. */
  key?: ((row: T) => unknown) | undefined;
}

/** What rendering needs to know about a paged list, whatever its args. */
export interface PagedListState<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** As a read's: `initial` when nothing may load, `pending` while the first page does. */
  readonly status: ResourceStatus;
  readonly loadingMore: boolean;
  readonly error: SettingsApiError | undefined;
  readonly hasMore: boolean;
  /** The server sent a cursor already followed, or a page of rows already shown: the list stops there. */
  readonly repeated?: boolean;
  /** Settles when the current load (first page, search, reload or next page) does. */
  readonly taskComplete: Promise<void>;
  loadMore(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * A server-side searched, paged list: the search text is debounced and sent to the server, pages
 * are appended with `loadMore()`, and every change of args or search aborts the request in flight
 * and drops the rows of the previous query at once (never one company's rows under another's name).
 */
export class PagedListController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController, PagedListState<T> {
  #items: readonly T[] = [];
  #total = 0;
  #nextCursor: string | null = null;
  /** The cursors followed for the current rows: the server sending one again would loop. */
  #followed = new Set<string | null>();
  #repeated = false;
  #status: ResourceStatus = 'initial';
  #loadingMore = false;
  #error: SettingsApiError | undefined;
  #query = '';
  #searched = '';
  /** The search text of the first page on its way (while `pending`). */
  #loading = '';

  #host: ReactiveControllerHost;
  #options: PagedListOptions<T, A>;
  #args: A | null = null;
  #identity: unknown;
  #abort?: AbortController;
  #debounce?: ReturnType<typeof setTimeout>;
  #loads = new LoadTracker();
  #connected = false;

  constructor(host: ReactiveControllerHost, options: PagedListOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Rows loaded so far for the current args and search. */
  get items(): readonly T[] {
    return this.#items;
  }

  /** How many rows the server has for the current args and search: never fewer than it sent. */
  get total(): number {
    return Math.max(this.#total, this.#items.length);
  }

  /** `pending` covers the first page; `loadingMore` the following ones. */
  get status(): ResourceStatus {
    return this.#status;
  }

  get loadingMore(): boolean {
    return this.#loadingMore;
  }

  get error(): SettingsApiError | undefined {
    return this.#error;
  }

  /** The search text as typed. */
  get query(): string {
    return this.#query;
  }

  /** The search text the rows on screen answer. */
  get searched(): string {
    return this.#searched;
  }

  get hasMore(): boolean {
    return this.#nextCursor !== null;
  }

  get repeated(): boolean {
    return this.#repeated;
  }

  get taskComplete(): Promise<void> {
    return this.#loads.complete;
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
    this.#clear();
    if (args) void this.#loadFirst(args);
    else {
      this.#abort?.abort();
      this.#loads.cancel();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#debounce);
    this.#abort?.abort();
    this.#loads.cancel();
    if (this.#status === 'pending' || this.#loadingMore) this.#args = null;
  }

  /** Sets the search text; the server is asked once typing pauses. */
  search(text: string): void {
    this.#query = text;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#searchNow(), this.#options.debounceMs ?? 250);
    this.#host.requestUpdate();
  }

  /** Forgets the search text without asking the server (a dialog opened anew starts unfiltered). */
  clearSearch(): void {
    clearTimeout(this.#debounce);
    this.#query = '';
    this.#host.requestUpdate();
  }

  /** Runs a pending search at once (e.g. on Enter). */
  flushSearch(): void {
    clearTimeout(this.#debounce);
    this.#searchNow();
  }

  /** Reloads from the first page, keeping the current rows on screen until the answer arrives. */
  reload(): Promise<void> {
    return this.#args ? this.#loadFirst(this.#args, { keepRows: true }) : Promise.resolve();
  }

  async loadMore(): Promise<void> {
    const args = this.#args;
    const cursor = this.#nextCursor;
    if (!args || !cursor || this.#loadingMore) return;
    const abort = this.#startRequest();
    const ticket = this.#loads.begin();
    this.#loadingMore = true;
    this.#host.requestUpdate();
    try {
      const page = await this.#options.load(args, this.#listQuery(cursor), abort.signal);
      if (abort.signal.aborted) return;
      // A server whose paging is broken sends a cursor again, or rows it already sent: keep only
      // the new rows, and stop rather than loop. A row without an id is told apart by itself.
      const key = this.#options.key ?? ((row: T) => (row as { id?: unknown }).id ?? row);
      const shown = new Set(this.#items.map(key));
      const fresh = page.items.filter((row) => !shown.has(key(row)));
      this.#followed.add(cursor);
      this.#repeated = (page.items.length > 0 && !fresh.length) || this.#followed.has(page.nextCursor);
      this.#items = [...this.#items, ...fresh];
      this.#nextCursor = this.#repeated ? null : page.nextCursor;
      this.#total = page.total;
      this.#error = undefined;
      this.#options.onSuccess?.();
    } catch (error) {
      this.#fail(error, abort);
    } finally {
      if (!abort.signal.aborted) {
        this.#loadingMore = false;
        this.#host.requestUpdate();
      }
      this.#loads.end(ticket);
    }
  }

  /** Replaces one row in place (e.g. with the server's answer to an edit). */
  replace(predicate: (item: T) => boolean, next: T): void {
    this.#items = this.#items.map((item) => (predicate(item) ? next : item));
    this.#host.requestUpdate();
  }

  #searchNow(): void {
    if (this.#query === this.#searched && this.#status !== 'error') return;
    // Enter after the debounce sent this very search: its answer is on the way, ask no second time.
    if (this.#status === 'pending' && this.#query === this.#loading) return;
    if (!this.#args) return;
    this.#clear();
    void this.#loadFirst(this.#args);
  }

  #clear(): void {
    this.#items = [];
    this.#total = 0;
    this.#nextCursor = null;
    this.#error = undefined;
    this.#loadingMore = false;
    this.#status = 'initial';
    this.#forgetRepeats();
  }

  /** Rows of another query, or of a reload: what was followed before says nothing of them. */
  #forgetRepeats(): void {
    this.#followed.clear();
    this.#repeated = false;
  }

  #listQuery(cursor?: string): ListQuery {
    const query: ListQuery = { limit: this.#options.pageSize ?? 25 };
    const q = this.#query.trim();
    if (q) query.q = q;
    if (cursor) query.cursor = cursor;
    return query;
  }

  #startRequest(): AbortController {
    this.#abort?.abort();
    return (this.#abort = new AbortController());
  }

  async #loadFirst(args: A, { keepRows = false } = {}): Promise<void> {
    const abort = this.#startRequest();
    const searching = (this.#loading = this.#query);
    const ticket = this.#loads.begin();
    if (!keepRows) this.#items = [];
    this.#status = 'pending';
    this.#loadingMore = false;
    this.#host.requestUpdate();
    try {
      const page = await this.#options.load(args, this.#listQuery(), abort.signal);
      if (abort.signal.aborted) return;
      this.#items = page.items;
      this.#total = page.total;
      this.#nextCursor = page.nextCursor;
      this.#forgetRepeats();
      this.#searched = searching;
      this.#error = undefined;
      this.#status = 'complete';
      this.#options.onSuccess?.();
    } catch (error) {
      this.#fail(error, abort);
    } finally {
      this.#loads.end(ticket);
    }
    // An aborted load shows nothing: what aborted it (a newer load, leaving the page) has its own update.
    if (!abort.signal.aborted) this.#host.requestUpdate();
  }

  #fail(error: unknown, abort: AbortController): void {
    if (abort.signal.aborted || isAbortError(error)) return;
    this.#error = toSettingsApiError(error);
    if (!this.#loadingMore) this.#status = 'error';
    this.#options.onError?.(this.#error);
  }
}
