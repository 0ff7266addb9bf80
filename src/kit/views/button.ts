import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ButtonOptions {
  readonly label: unknown;
  /** What it says while `busy` ("Saving…"); the label otherwise. */
  readonly pendingLabel?: unknown;
  /** The work it started runs: announced busy and unavailable, a click does nothing. */
  readonly busy?: boolean | undefined;
  /** Not possible now (nothing changed, a confirmation not typed yet): announced unavailable, a click does nothing. */
  readonly unavailable?: boolean | undefined;
  /** `primary` for the main action, `danger` for a destructive one; both for a destructive main action. */
  readonly look?: 'primary' | 'danger' | 'primary danger' | undefined;
  /** `submit` submits its form (or the form `form` names); `button` (the default) only runs `onClick`. */
  readonly type?: 'button' | 'submit' | undefined;
  readonly form?: string | undefined;
  /** Ids of what explains it (a wait, a hint), for `aria-describedby`. */
  readonly describedBy?: string | undefined;
  /** A slot of the element it is rendered in (`actions` in a `<settings-dialog>`). */
  readonly slot?: string | undefined;
  readonly onClick?: (() => void) | undefined;
}

/**
 * A button under the kit's busy rule: while its work runs, or while it is not possible, it stays
 * focusable with `aria-disabled="true"` (and `aria-busy` while busy) — never `disabled`, which would
 * drop keyboard focus to the page — and a click or Enter does nothing, not even submit its form.
 */
export function renderButton(options: ButtonOptions): TemplateResult {
  const busy = options.busy === true;
  const unavailable = busy || options.unavailable === true;
  return html`<button
    type=${options.type ?? 'button'}
    class=${ifDefined(options.look)}
    form=${ifDefined(options.form)}
    slot=${ifDefined(options.slot)}
    aria-describedby=${ifDefined(options.describedBy)}
    aria-disabled=${String(unavailable)}
    aria-busy=${String(busy)}
    @click=${(event: Event) => {
      // aria-disabled alone does not stop a submit button from submitting its form.
      if (unavailable) event.preventDefault();
      else options.onClick?.();
    }}
  >
    ${busy && options.pendingLabel !== undefined ? options.pendingLabel : options.label}
  </button>`;
}
