import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Billing, BillingProfile, BillingProfileUpdate } from '../../api/types.js';
import { SettingsBillingProfileUpdatedEvent, SettingsBillingProfileUpdateEvent } from '../../events/billing-events.js';
import { billingMessages } from '../../i18n/catalogs/en/billing.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { focusInvalidField, renderStatusLine } from '../../kit/views/form.js';
import { renderSkeleton } from '../../kit/views/skeleton.js';
import { renderTableSkeleton } from '../../kit/views/paged-list-view.js';
import { renderInvoices, renderPaymentMethod, renderPlan } from './billing-account.js';
import { changesIn, draftOf, renderProfile, renderProfileForm, type ProfileDraft, type ProfileField } from './billing-profile.js';
import { billingStyles } from './settings-billing.styles.js';
import { renderErrorNotice, renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(billingMessages);

/**
 * Organization > Billing: the plan (seats, price, renewal), the billing profile (editable with
 * `org.billing.manage`), the payment method and the invoices with their downloads. When the
 * profile is not set up it says so and points to support (the provider's `support-email`), or to
 * the account team when the host configured none. Hidden, with the reason, for roles without
 * billing access; read-only with `org.billing.view`.
 *
 * @summary Organization billing: plan, billing profile, payment method, invoices.
 * @tag settings-billing
 * @csspart not-set-up - The "Billing profile not set up" notice.
 * @csspart plan - The plan region.
 * @csspart profile - The billing profile region.
 * @csspart form - The billing profile's edit form.
 * @csspart actions - The edit form's Save and Cancel buttons.
 * @csspart payment-method - The payment method region.
 * @csspart invoices - The invoices region.
 * @csspart empty - "No invoices yet".
 * @cssprop [--settings-billing-max-width=48rem] - Maximum width of the panel's content.
 * @fires {SettingsBillingProfileUpdateEvent} settings-billing-profile-update - Before the profile is saved, with the changed fields; cancelable.
 * @fires {SettingsBillingProfileUpdatedEvent} settings-billing-profile-updated - After the profile was saved, with the saved profile.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsBilling extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    draft: { state: true },
    saved: { state: true },
  };

  static override styles = [...SettingsPanel.styles, billingStyles];

  protected readonly sectionId = 'organization/billing' as const;

  #billing = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getBilling({ signal }),
  });

  /** Save of the billing profile form: its error and 422 field errors show in the form. */
  #saveProfile = this.section.write({
    intent: (update: BillingProfileUpdate) => new SettingsBillingProfileUpdateEvent(update),
    run: (update, { client }) => client.updateBillingProfile(update),
    change: (profile) => ({ action: 'billing-profile.updated', target: { type: 'billing-profile', id: this.section.settings?.session.organization?.id ?? '' }, before: this.#billing.value?.profile ?? null, after: profile }),
    fact: (profile, _, change) => new SettingsBillingProfileUpdatedEvent(profile, change),
  });

  /** The billing profile being edited; `undefined` when not editing. */
  private draft: ProfileDraft | undefined;
  /** Set after a successful save, until the next edit. */
  private saved = false;

  /** Another user is signed in: the last one's edit is closed, not saved for the new one. */
  protected override userChanged(): void {
    this.draft = undefined;
    this.saved = false;
  }

  #onEditClick(profile: BillingProfile): void {
    this.draft = draftOf(profile);
    this.saved = false;
    this.#saveProfile.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form input')?.focus());
  }

  #onInput(field: ProfileField, value: string): void {
    if (this.draft) this.draft = { ...this.draft, [field]: value };
  }

  /** Runs only while Cancel is available: no save runs. */
  #onCancel(): void {
    this.draft = undefined;
    this.#saveProfile.reset();
    this.#focusEdit();
  }

  async #save(): Promise<void> {
    const saved = this.#billing.value?.profile;
    if (!saved || !this.draft || this.#saveProfile.pending) return;
    const sent = this.draft;
    const update = changesIn(sent, saved);
    // Nothing changed (Save is announced unavailable, but Enter in a field still submits): nothing to send.
    if (Object.keys(update).length === 0) return;
    const result = await this.#saveProfile.run(update);
    if (result.status === 'failed' && result.error.fieldErrors) {
      // A long form: take the user to the first field the server rejected.
      void focusInvalidField(this);
    }
    const billing = this.#billing.value;
    if (result.status !== 'done' || !billing) return;
    this.#billing.set({ ...billing, profile: result.value });
    this.saved = true;
    // Typed while it saved: the form stays open with it, and Save sends just that.
    if (this.draft !== sent) return;
    this.draft = undefined;
    this.#focusEdit();
  }

  #focusEdit(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#edit')?.focus());
  }

  protected renderPanel() {
    return renderResource(this.#billing, { loading: () => this.#renderLoading(), complete: (billing) => this.#renderBilling(billing) });
  }

  /** Plan, billing profile, payment method and invoices, in grey, while they load. */
  #renderLoading() {
    const terms = ['term', 'term', 'term', 'term'] as const;
    const invoices = {
      columns: [msg('billing.invoices.number'), msg('billing.invoices.date'), msg('billing.invoices.amount'), msg('billing.invoices.status')],
      actions: msg('billing.invoices.file'),
      rows: 6,
    };
    return renderSkeleton(['heading', ...terms, 'heading', ...terms, 'heading', 'text', 'text', 'heading', renderTableSkeleton(invoices)]);
  }

  #renderBilling(billing: Billing) {
    return html`
      ${billing.profile ? nothing : this.#renderNotSetUp()}
      <section part="plan" aria-labelledby="plan-heading">
        <h3 id="plan-heading">${msg('billing.plan.heading')}</h3>
        ${renderPlan(billing.plan)}
      </section>
      ${billing.profile ? this.#renderProfileSection(billing.profile) : nothing}
      <section part="payment-method" aria-labelledby="payment-heading">
        <h3 id="payment-heading">${msg('billing.payment.heading')}</h3>
        ${renderPaymentMethod(billing.paymentMethod)}
      </section>
      <section part="invoices" aria-labelledby="invoices-heading">
        <h3 id="invoices-heading">${msg('billing.invoices.heading')}</h3>
        ${renderInvoices(billing.invoices)}
      </section>
    `;
  }

  #renderSaveError() {
    const error = this.#saveProfile.error;
    return error && renderErrorNotice(error, error.status === 422 ? undefined : () => void this.#save());
  }

  #renderNotSetUp() {
    const email = this.section.settings?.supportEmail;
    const subject = msg('billing.notSetUp.emailSubject', { organization: this.section.settings?.session.organization?.name ?? '' });
    return html`
      <div part="not-set-up" class="notice">
        <h3>${msg('billing.notSetUp.heading')}</h3>
        <p>${msg('billing.notSetUp.body')}</p>
        <p>
          ${email
            ? html`${msg('billing.notSetUp.emailSupport')} <a href="mailto:${email}?subject=${encodeURIComponent(subject)}">${email}</a>.`
            : msg('billing.notSetUp.contactAccountTeam')}
        </p>
      </div>
    `;
  }

  #renderProfileSection(profile: BillingProfile) {
    // Permissions can change under an open form (a 403 refreshes the session): then it goes.
    const draft = this.section.canManage ? this.draft : undefined;
    return html`
      <section part="profile" aria-labelledby="profile-heading">
        <div class="region-header">
          <h3 id="profile-heading">${msg('billing.profile.heading')}</h3>
          ${this.section.canManage && !draft ? html`<button id="edit" type="button" @click=${() => this.#onEditClick(profile)}>${msg('billing.profile.edit')}</button>` : nothing}
        </div>
        ${draft
          ? renderProfileForm({
              draft,
              dirty: Object.keys(changesIn(draft, profile)).length > 0,
              saving: this.#saveProfile.pending,
              fieldError: (field) => this.#saveProfile.fieldError(field),
              // Field errors are fixed in the form; anything else can simply be sent again.
              error: this.#renderSaveError(),
              onInput: (field, value) => this.#onInput(field, value),
              onSubmit: () => void this.#save(),
              onCancel: () => this.#onCancel(),
            })
          : renderProfile(profile)}
        ${renderStatusLine(this.saved ? msg('billing.profile.saved') : undefined)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-billing': SettingsBilling;
  }
}
