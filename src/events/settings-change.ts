/**
 * The audit record every write carries: who changed what, where, from which value to which. Every
 * fact event (`settings-site-updated`, `settings-api-key-revoked`, …) has it as `change`, and the
 * same record arrives as one `settings-change` event, so a host forwards the whole stream to its
 * audit store with one listener:
 *
 * ```js
 * provider.addEventListener('settings-change', (e) => audit.write(e.change));
 * ```
 *
 * `changes` holds only the fields the write changed (nested ones by dotted path, e.g.
 * `address.city`); a creation lists the new record's fields with `before: null`, a removal the
 * removed record's identifying fields with `after: null`. Secrets, passwords and tokens are never
 * in it.
 */
export interface SettingsChange {
  /** What happened, as `<thing>.<past verb>`: `api-key.created`, `site.archived`, `member.updated`, … */
  readonly action: string;
  /** The section the write was made in (`organization/api-keys`, or a host section's id). */
  readonly section: string;
  /** The signed-in user who made it, from the session. */
  readonly actor: { readonly id: string; readonly name: string; readonly email: string };
  /** The company a company section's write was made in; `null` for personal and organization writes. */
  readonly companyId: string | null;
  /** The record written: its kind and id. */
  readonly target: { readonly type: string; readonly id: string };
  readonly changes: Readonly<Record<string, FieldChange>>;
  /** When the server accepted the write (the browser's clock, ISO-8601). */
  readonly at: string;
}

export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

/** Fired once for every accepted write, after its fact event, with the same `change`. */
export class SettingsChangeEvent extends Event {
  static readonly type = 'settings-change';
  constructor(readonly change: SettingsChange) {
    super(SettingsChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-change': SettingsChangeEvent;
  }
}
