/**
 * Personal > Newsletter: the example host's own section, on the library's public panel kit. It
 * gets the access gate, every read state (loading, error with Retry) and the 403 refresh from
 * `SettingsPanel`; its one write runs through a write controller (pending, error, kept input,
 * intent → fact events).
 *
 * Reactive state is declared with `static properties` rather than decorators, so the file compiles
 * with whatever TypeScript settings the host app already has.
 */
import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderChoice, renderField, renderFormActions, renderResource, SettingsPanel } from 'settings-elements/kit';
import { frequencies, newsletterApi, type Frequency, type Newsletter } from './newsletter-api.js';
import { AcmeNewsletterUpdatedEvent, AcmeNewsletterUpdateEvent } from './newsletter-events.js';

const frequencyLabels: Record<Frequency, string> = { weekly: 'Every week', monthly: 'Once a month' };

export class AcmeNewsletter extends SettingsPanel {
  static override properties = { draft: { state: true }, status: { state: true } };

  static override styles = [
    ...SettingsPanel.styles,
    css`
      .actions {
        margin-block-start: 1rem;
      }
    `,
  ];

  protected readonly sectionId = 'acme/newsletter';

  /** The user's unsaved choice; it survives a failed save. */
  declare private draft: Newsletter | undefined;
  /** The outcome of the last save, for the status line. */
  declare private status: string;

  #newsletter = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => newsletterApi(client).getNewsletter({ signal }),
  });

  #save = this.section.write({
    intent: (choice: Newsletter) => new AcmeNewsletterUpdateEvent(choice),
    run: (choice, { client }) => newsletterApi(client).updateNewsletter(choice),
    change: (saved) => ({
      action: 'newsletter.updated',
      target: { type: 'user', id: this.section.settings?.session.user.id ?? '' },
      before: this.#newsletter.value ?? null,
      after: saved,
    }),
    fact: (saved, _, change) => new AcmeNewsletterUpdatedEvent(saved, change),
  });

  constructor() {
    super();
    this.status = '';
  }

  /** Another user signed in: the last one's unsaved choice goes. */
  protected override userChanged(): void {
    this.draft = undefined;
    this.status = '';
  }

  #choose(change: Partial<Newsletter>): void {
    const current = this.draft ?? this.#newsletter.value;
    if (!current) return;
    this.draft = { ...current, ...change };
    this.status = '';
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#submit();
  }

  async #submit(): Promise<void> {
    if (!this.draft || this.#save.pending) return;
    const result = await this.#save.run(this.draft);
    if (result.status !== 'done') return;
    this.#newsletter.set(result.value);
    this.draft = undefined;
    this.status = 'Newsletter preferences saved.';
  }

  protected renderPanel() {
    return renderResource(this.#newsletter, { complete: (saved) => this.#renderForm(this.draft ?? saved) });
  }

  #renderForm(choice: Newsletter) {
    return html`
      <form @submit=${this.#onSubmit}>
        <div class="field">
          ${renderChoice({
            id: 'subscribed',
            label: 'Send me the Acme newsletter',
            checked: choice.subscribed,
            onChange: (subscribed) => this.#choose({ subscribed }),
          })}
        </div>
        ${renderField(
          { id: 'frequency', label: 'How often', error: this.#save.fieldError('frequency') },
          (field) => html`
            <select
              id=${field.id}
              aria-invalid=${field.invalid}
              aria-describedby=${ifDefined(field.describedBy)}
              @change=${(e: Event) => this.#choose({ frequency: (e.target as HTMLSelectElement).value as Frequency })}
            >
              ${frequencies.map((f) => html`<option value=${f} ?selected=${choice.frequency === f}>${frequencyLabels[f]}</option>`)}
            </select>
          `,
        )}
        ${renderFormActions({
          write: this.#save,
          unchanged: !this.draft,
          save: { label: 'Save', pendingLabel: 'Saving…' },
          // A 422 names the fields to correct; anything else may be sent again as it is.
          retry: this.#save.error?.fieldErrors ? undefined : () => void this.#submit(),
          status: { message: this.status },
        })}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acme-newsletter': AcmeNewsletter;
  }
}
