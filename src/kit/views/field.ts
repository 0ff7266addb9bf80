import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** What a control needs to carry so its label, hint and error reach assistive technology. */
export interface FieldWiring {
  /** The control's id, which the label points at. */
  readonly id: string;
  /** `${id}-hint` and/or `${id}-error`, for `aria-describedby` (use with `ifDefined`). */
  readonly describedBy: string | undefined;
  /** For `aria-invalid`: `'true'` while the field has an error. */
  readonly invalid: 'true' | 'false';
  /**
   * The busy rule for the control, as an element directive (`<select ${f.held} …>`): while the
   * field's `busy` is set it is announced unavailable and keeps focus — never `disabled`. The
   * control's own handler ignores changes meanwhile.
   */
  readonly held: unknown;
}

export interface FieldOptions {
  /** The control's id. The hint is `${id}-hint` and the error `${id}-error`: one convention everywhere. */
  readonly id: string;
  readonly label: unknown;
  /** A line under the control that says what to enter (or warns what the choice does). */
  readonly hint?: unknown;
  /** The field's problem: the form's own check, or the server's 422 for this field. */
  readonly error?: string | undefined;
  /** The write the control starts runs (see `FieldWiring.held`). */
  readonly busy?: boolean | undefined;
}

/** The ids of a field's hint and error, as `aria-describedby` wants them. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A labelled control with its hint and its error, wired with `aria-describedby` and
 * `aria-invalid`. `control` renders the input, select or textarea from the wiring it is given:
 *
 * ```ts
 * renderField({ id: 'site-name', label: 'Name', error: write.fieldError('name') }, (f) => html`
 *   <input id=${f.id} name="name" aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)} />`)
 * ```
 */
export function renderField(options: FieldOptions, control: (wiring: FieldWiring) => unknown): TemplateResult {
  const { id, hint, error } = options;
  const wiring: FieldWiring = { id, describedBy: describedBy(id, hint, error), invalid: error ? 'true' : 'false', held: held(options.busy === true) };
  return html`
    <div class="field">
      <label for=${id}>${options.label}</label>
      ${control(wiring)} ${renderFieldNotes(id, hint, error)}
    </div>
  `;
}

/**
 * A group of radios or checkboxes under one legend, with the same hint and error convention:
 * the ids hang on the fieldset, which `aria-describedby` names.
 */
export function renderFieldset(options: Omit<FieldOptions, 'label'> & { readonly legend: unknown }, controls: unknown): TemplateResult {
  const { id, hint, error } = options;
  return html`
    <fieldset id=${id} aria-describedby=${describedBy(id, hint, error) ?? nothing}>
      <legend>${options.legend}</legend>
      ${controls} ${renderFieldNotes(id, hint, error)}
    </fieldset>
  `;
}

/** A field's hint and error, with the ids `aria-describedby` names. */
export function renderFieldNotes(id: string, hint: unknown, error: string | undefined) {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
    ? html`<p class="field-error" id="${id}-error">${error}</p>`
    : nothing}`;
}

/** Sets `aria-disabled` on the element it is bound to while `busy`, and takes it away after. */
class HeldDirective extends Directive {
  render(_busy: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [busy]: [boolean]) {
    if (busy) part.element.setAttribute('aria-disabled', 'true');
    else part.element.removeAttribute('aria-disabled');
    return nothing;
  }
}
const held = directive(HeldDirective);

/**
 * Takes the user to the first field marked invalid (`aria-invalid="true"`), once the update that
 * marks it has rendered: after the form's own check, or after a 422 names fields.
 */
export async function focusInvalidField(element: ReactiveElement): Promise<void> {
  await element.updateComplete;
  element.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
