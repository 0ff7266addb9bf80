import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SettingsApiError } from '../../api/errors.js';
import { renderErrorNotice } from './states.js';

/*
 * The views of a form: its fields, its buttons, its actions and the status line that says what the
 * last change did. One module rather than one per view: a panel's form uses them together, and a
 * host's bundler that splits the sections off makes one file of the modules that the same sections
 * reach, so four small modules, each reached by a slightly different set of sections, became four
 * small files in the first load (gzip starting afresh in each).
 */

// --- button --------------------------------------------------------------------------------------

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

// --- field ---------------------------------------------------------------------------------------

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

// --- status line ---------------------------------------------------------------------------------

/**
 * The line that says what the last change did ("Site Berlin added."): `part="status"`, a polite
 * live region that is always in the DOM (so the message is announced when it appears), focusable
 * from script (`tabindex="-1"`) for when the control that started the change went away with it.
 * Without a `message` it shows `idle` in muted text (e.g. "You have unsaved changes."), or nothing.
 */
export function renderStatusLine(message: string | undefined, options: { readonly idle?: string | undefined } = {}): TemplateResult {
  const [text, look] = message ? [message, 'success'] : options.idle ? [options.idle, 'muted'] : ['', 'idle'];
  return html`<p part="status" role="status" tabindex="-1" class=${look}>${text}</p>`;
}

// --- a form's actions ----------------------------------------------------------------------------

export interface FormActionsOptions {
  /** The form's write (a `WriteController`): busy while it runs; its failure shows above the buttons. */
  readonly write: { readonly pending: boolean; readonly error: SettingsApiError | undefined };
  /** Nothing to save (the form shows what is stored): Save and Cancel are announced unavailable. */
  readonly unchanged?: boolean | undefined;
  /** The submit button of the form the actions are in, and what it says while saving. */
  readonly save: { readonly label: string; readonly pendingLabel: string };
  /**
   * Puts the form back to what is stored (unavailable while nothing changed or a save runs), or
   * closes it (`unavailable: false`: always possible but while a save runs).
   */
  readonly cancel?: { readonly label: string; readonly onClick: () => void; readonly unavailable?: boolean };
  /**
   * Sends the same input again after a failure. Leave it out when the server named the fields at
   * fault (a 422): the user corrects them first.
   */
  readonly retry?: (() => void) | undefined;
  /**
   * The status line under the buttons: the last save's outcome ("Saved."), or `idle` ("You have
   * unsaved changes."). Leave it out when the status line is elsewhere (a form that closes on save).
   */
  readonly status?: { readonly message?: string | undefined; readonly idle?: string | undefined };
}

/**
 * The end of a settings form: the failed save (with Retry), Save and Cancel in `part="actions"`
 * under the busy rule, and the status line (always in the DOM while `status` is given, so what it
 * says is announced). Save is the form's submit button, so Enter in a field
 * saves too — while nothing changed or a save runs, that does nothing.
 */
export function renderFormActions(options: FormActionsOptions): TemplateResult {
  const { write, save, cancel } = options;
  const unavailable = options.unchanged === true;
  return html`
    ${write.error ? renderErrorNotice(write.error, options.retry) : nothing}
    <div part="actions" class="actions">
      ${renderButton({ type: 'submit', look: 'primary', label: save.label, pendingLabel: save.pendingLabel, busy: write.pending, unavailable })}
      ${cancel ? renderButton({ label: cancel.label, unavailable: (cancel.unavailable ?? unavailable) || write.pending, onClick: cancel.onClick }) : nothing}
    </div>
    ${options.status ? renderStatusLine(options.status.message, { idle: options.status.idle }) : nothing}
  `;
}
