import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SettingsContextValue } from '../context/settings-context.js';

/**
 * Notices that another user is signed in — the host swapped the client, or the same client's
 * session now belongs to someone else — and calls `onChange` before that update renders, so an
 * element drops what belonged to the last user (drafts, open dialogs, status lines) instead of
 * showing it to, or saving it for, the next one. A renewed session of the same user changes
 * nothing: their input is kept.
 */
export class UserChangeController implements ReactiveController {
  #settings: () => SettingsContextValue | undefined;
  #onChange: () => void;
  #userId: string | undefined;

  constructor(host: ReactiveControllerHost, settings: () => SettingsContextValue | undefined, onChange: () => void) {
    this.#settings = settings;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The user whose data the element shows; `undefined` before the first session. */
  get userId(): string | undefined {
    return this.#userId;
  }

  hostUpdate(): void {
    const userId = this.#settings()?.session.user.id;
    // No session for a moment (it is reloading) is not another user.
    if (userId === undefined || userId === this.#userId) return;
    const changed = this.#userId !== undefined;
    this.#userId = userId;
    if (changed) this.#onChange();
  }
}
