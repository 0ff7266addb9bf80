/**
 * Tracks the load an element is waiting for, so `taskComplete` can settle when the current one
 * does — not an earlier one it replaced (a company switch or a new search aborts the old load).
 */
export class LoadTracker {
  #current = 0;
  #waiting?: { promise: Promise<void>; resolve: () => void };

  /** A promise that settles when the current load does (at once when nothing is loading). */
  get complete(): Promise<void> {
    return this.#waiting?.promise ?? Promise.resolve();
  }

  /** A load starts; returns its ticket for `end`. */
  begin(): number {
    if (!this.#waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#waiting = { promise, resolve };
    }
    return ++this.#current;
  }

  /** A load ended (done, failed or aborted); settles `complete` only when it was the current one. */
  end(ticket: number): void {
    if (ticket !== this.#current || !this.#waiting) return;
    const { resolve } = this.#waiting;
    this.#waiting = undefined;
    resolve();
  }

  /** Nothing will load (no args, disconnected): whoever waits is released. */
  cancel(): void {
    this.end(this.#current);
  }
}
