import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SectionDefinition } from '../../access/sections.js';
import type { SettingsContextValue } from '../../context/settings-context.js';
import type { SectionCode } from './section-code.js';

/** When `<settings-app>` fetches a section's code before it is opened (its `prefetch` attribute). */
export type PrefetchMode = 'idle' | 'intent' | 'none';

/** How long the pointer rests on a section's link before its code is fetched: a pass over it is not intent. */
const intentDelayMs = 80;

/** What the prefetcher reads from its shell, at the moment it acts. */
interface PrefetchHost extends ReactiveControllerHost {
  readonly prefetch: PrefetchMode;
  /** The section on screen. */
  readonly section: string;
}

/**
 * Fetches sections' code ahead of need for a shell: once the browser is idle, every section the
 * user may see and then `<settings-dialog>`, which their panels' dialogs share (`idle`); and a
 * section whose link the pointer rests on or focus reaches (`idle` and `intent`). Never the code of
 * a section the user may not see (the shell alone fetches, while the session loads, the code of the
 * section its URL names: code, which is public; its data waits).
 */
export class SectionPrefetch implements ReactiveController {
  readonly #host: PrefetchHost;
  readonly #code: SectionCode;
  #cancelIdle?: (() => void) | undefined;
  #intentTimer = 0;
  /** The session of the last plan, planned again when the shell comes back to the page. */
  #settings: SettingsContextValue | undefined;
  /** Counts the plans: a fetch of an earlier plan's sections stops when a new plan is made. */
  #plan = 0;

  constructor(host: PrefetchHost, code: SectionCode) {
    this.#host = host;
    this.#code = code;
    host.addController(this);
  }

  /**
   * Plans, for a new session (signed in, switched company), to fetch its sections once the browser
   * is idle; without a session (it failed, or is reloading), drops the last plan.
   */
  planIdle(settings: SettingsContextValue | undefined): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    this.#settings = settings;
    const plan = ++this.#plan;
    if (!settings || this.#host.prefetch !== 'idle') return;
    this.#cancelIdle = whenIdle(() => {
      this.#cancelIdle = undefined;
      void this.#fetchAllowed(settings, plan);
    });
  }

  /** The pointer rests on a section's link (`pointerenter`), or focus reached it (`focus`): the user may open it next. */
  onLinkIntent(section: SectionDefinition, event: Event): void {
    if (this.#host.prefetch === 'none') return;
    clearTimeout(this.#intentTimer);
    if (event.type === 'focus') void this.#code.prefetch(section);
    else this.#intentTimer = window.setTimeout(() => void this.#code.prefetch(section), intentDelayMs);
  }

  /** The pointer left the link before resting on it. */
  onLinkLeave = (): void => {
    clearTimeout(this.#intentTimer);
  };

  /** Back in the page (moved by the host): what was left of the plan when it went is planned again. */
  hostConnected(): void {
    if (this.#settings) this.planIdle(this.#settings);
  }

  hostDisconnected(): void {
    this.#plan++;
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    clearTimeout(this.#intentTimer);
  }

  /**
   * One section after another, so they do not compete with each other or with the page; and only
   * once the section on screen has its code, which comes first; then the dialog (a failure stays
   * quiet: the first dialog to open fetches it again). Stops when the shell goes, or its
   * session is replaced (whose sections are planned anew), or prefetching is turned down.
   */
  async #fetchAllowed(settings: SettingsContextValue, plan: number): Promise<void> {
    const current = settings.sections.get(this.#host.section);
    const stale = () => plan !== this.#plan || this.#host.prefetch !== 'idle';
    if (current && settings.access(current.id).allowed) await this.#code.prefetch(current);
    for (const section of settings.sections.all) {
      if (stale()) return;
      if (settings.access(section.id).allowed) await this.#code.prefetch(section);
    }
    if (!stale()) await import('../../define/settings-dialog.js').catch(() => undefined);
  }
}

/**
 * Calls `run` once the browser is idle; answers a function that cancels it. Where there is no
 * `requestIdleCallback` (Safari), after the page has had a second to settle.
 */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1000);
  return () => clearTimeout(id);
}
