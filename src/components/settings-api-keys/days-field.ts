import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderField, type FieldOptions } from '../../kit/views/form.js';

/**
 * A number of days chosen from a list (a key's expiry, the policy's lifetime and warning window),
 * where `null` is "no limit" when the list offers it. The option's words come from `label`.
 */
export function renderDaysField<D extends number | null>(
  field: FieldOptions,
  choice: { readonly value: D; readonly options: readonly D[]; readonly label: (days: D) => string; readonly onChange: (days: D) => void },
) {
  return renderField(
    field,
    (f) => html`<select
      id=${f.id}
      aria-invalid=${f.invalid}
      aria-describedby=${ifDefined(f.describedBy)}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        choice.onChange((value ? Number(value) : null) as D);
      }}
    >
      ${choice.options.map((days) => html`<option value=${days ?? ''} ?selected=${days === choice.value}>${choice.label(days)}</option>`)}
    </select>`,
  );
}
