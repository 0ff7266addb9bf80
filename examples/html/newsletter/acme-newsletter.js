// Personal > Newsletter: the example host's own section, on the library's public panel kit, in
// plain JavaScript. It gets the access gate, every read state (loading, error with Retry) and the
// 403 refresh from SettingsPanel; its one write runs through a write controller (pending, error,
// kept input, intent → fact events).
import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderChoice, renderField, renderFormActions, renderResource, SettingsPanel } from 'settings-elements/kit';
import { frequencies, newsletterApi } from './newsletter-api.js';
import { AcmeNewsletterUpdatedEvent, AcmeNewsletterUpdateEvent } from './newsletter-events.js';

const frequencyLabels = { weekly: 'Every week', monthly: 'Once a month' };

export class AcmeNewsletter extends SettingsPanel {
  // Reactive state: `draft` is the user's unsaved choice (it survives a failed save), `status` the
  // outcome of the last save. Declared here and set in the constructor, never as class fields,
  // which would hide Lit's accessors.
  static properties = { draft: { state: true }, status: { state: true } };

  static styles = [
    ...SettingsPanel.styles,
    css`
      .actions {
        margin-block-start: 1rem;
      }
    `,
  ];

  sectionId = 'acme/newsletter';

  #newsletter = this.section.resource({
    args: (settings) => [settings.client],
    load: ([client], signal) => newsletterApi(client).getNewsletter({ signal }),
  });

  #save = this.section.write({
    intent: (choice) => new AcmeNewsletterUpdateEvent(choice),
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
    this.draft = undefined;
    this.status = '';
  }

  /** Another user signed in: the last one's unsaved choice goes. */
  userChanged() {
    this.draft = undefined;
    this.status = '';
  }

  #choose(change) {
    const current = this.draft ?? this.#newsletter.value;
    if (!current) return;
    this.draft = { ...current, ...change };
    this.status = '';
  }

  async #submit() {
    if (!this.draft || this.#save.pending) return;
    const result = await this.#save.run(this.draft);
    if (result.status !== 'done') return;
    this.#newsletter.set(result.value);
    this.draft = undefined;
    this.status = 'Newsletter preferences saved.';
  }

  renderPanel() {
    return renderResource(this.#newsletter, { complete: (saved) => this.#renderForm(this.draft ?? saved) });
  }

  #renderForm(choice) {
    return html`
      <form
        @submit=${(e) => {
          e.preventDefault();
          void this.#submit();
        }}
      >
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
              @change=${(e) => this.#choose({ frequency: e.target.value })}
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
