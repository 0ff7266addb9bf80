import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down the seconds until the server accepts a request again (a 429's `Retry-After`). It
 * keeps a deadline rather than a counter, so a panel the shell detaches and re-attaches (or a
 * throttled background tab) still shows the true time left.
 */
export class RetryCountdown implements ReactiveController {
  /** Whole seconds left; 0 when the request may be sent. */
  remaining = 0;

  #host: ReactiveControllerHost;
  #onDone: () => void;
  #deadline = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(host: ReactiveControllerHost, onDone: () => void) {
    this.#host = host;
    this.#onDone = onDone;
    host.addController(this);
  }

  start(seconds: number): void {
    this.#deadline = Date.now() + seconds * 1000;
    this.#run();
  }

  hostConnected(): void {
    // Resumes (or finishes) a countdown that was running when the panel was detached.
    if (this.remaining > 0) this.#run();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  #run(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.#tick(), 1000);
    this.#tick();
  }

  #tick(): void {
    this.remaining = Math.max(0, Math.ceil((this.#deadline - Date.now()) / 1000));
    if (this.remaining === 0) {
      clearInterval(this.#timer);
      this.#onDone();
    }
    this.#host.requestUpdate();
  }
}
