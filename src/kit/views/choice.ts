import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldNotes } from './form.js';

export interface ChoiceOptions {
  /** The checkbox's id. The hint is `${id}-hint` and the error `${id}-error`, as with `renderField`. */
  readonly id: string;
  readonly label: unknown;
  readonly hint?: unknown;
  readonly error?: string | undefined;
  /** Marked invalid although its message is shown elsewhere (e.g. in the field's own save status). */
  readonly invalid?: boolean | undefined;
  readonly checked: boolean;
  /** `switch` for an on/off setting; a checkbox otherwise. */
  readonly role?: 'switch' | undefined;
  /** The write it starts runs: announced unavailable, a click changes nothing, focus stays. */
  readonly busy?: boolean | undefined;
  /** More ids for `aria-describedby` (e.g. the field's own save status). */
  readonly describedBy?: string | undefined;
  /** A part name for the row, when it is one a host may style. */
  readonly part?: string | undefined;
  readonly onChange: (checked: boolean) => void;
}

/**
 * A checkbox or switch with its label after it (which `renderField`, label first, is not), then
 * its hint and error, wired with `aria-describedby` and `aria-invalid`.
 */
export function renderChoice(options: ChoiceOptions): TemplateResult {
  const { id, hint, error } = options;
  const busy = options.busy === true;
  const described = [describedBy(id, hint, error), options.describedBy].filter(Boolean).join(' ');
  return html`
    <div class="choice" part=${ifDefined(options.part)}>
      <input
        id=${id}
        type="checkbox"
        role=${ifDefined(options.role)}
        .checked=${live(options.checked)}
        aria-disabled=${busy ? 'true' : nothing}
        aria-invalid=${error || options.invalid ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @click=${(event: Event) => busy && event.preventDefault()}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${options.label}</label>
    </div>
    ${renderFieldNotes(id, hint, error)}
  `;
}
