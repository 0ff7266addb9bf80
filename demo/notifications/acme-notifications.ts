/**
 * Personal > Notifications: a host's own section, built only from settings-elements' public
 * exports — the way a host's first panel starts. It inherits the access gate (hidden for SSO
 * accounts, with the reason), the view-only line, every read state and the 403 refresh; its one
 * write runs through a write controller (pending, error, kept input, intent → fact events).
 */
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { renderFormActions, renderResource, SettingsPanel } from '../../src/kit.js';
import {
  notificationChannels,
  notificationEvents,
  notificationsApi,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationMatrix,
  type NotificationPreferences,
} from './notifications-api.js';
import { AcmeNotificationsUpdatedEvent, AcmeNotificationsUpdateEvent } from './notifications-events.js';
import { notificationsText } from './notifications-text.js';

/**
 * @summary Acme's notification preferences: which events reach you on which channel.
 * @tag acme-notifications
 * @csspart matrix - The table of events × channels.
 * @fires {AcmeNotificationsUpdateEvent} acme-notifications-update - Before the preferences are saved (cancelable).
 * @fires {AcmeNotificationsUpdatedEvent} acme-notifications-updated - The preferences were saved.
 */
export class AcmeNotifications extends SettingsPanel {
  static override styles = [
    ...SettingsPanel.styles,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        padding: 0.5rem;
        text-align: start;
        border-block-end: 1px solid var(--settings-color-border, #d4d4d8);
      }
      td:not(:first-child),
      th:not(:first-child) {
        text-align: center;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-block-start: 1rem;
      }
    `,
  ];

  protected readonly sectionId = 'acme/notifications';

  #preferences = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => notificationsApi(client).getNotificationPreferences({ signal }),
  });

  #save = this.section.write({
    intent: (preferences: NotificationPreferences) => new AcmeNotificationsUpdateEvent(preferences),
    run: (preferences, { client }) => notificationsApi(client).updateNotificationPreferences(preferences),
    change: (saved) => ({
      action: 'notifications.updated',
      target: { type: 'user', id: this.section.settings?.session.user.id ?? '' },
      before: this.#preferences.value ?? null,
      after: saved,
    }),
    fact: (saved, _, change) => new AcmeNotificationsUpdatedEvent(saved, change),
  });

  /** What the user changed, until saved or cancelled; survives a failed save. */
  @state() private draft: NotificationMatrix | undefined;
  @state() private status = '';

  /** Another user signed in: the last one's unsaved choices go. */
  protected override userChanged(): void {
    this.draft = undefined;
    this.status = '';
  }

  #current(): NotificationMatrix | undefined {
    return this.draft ?? this.#preferences.value?.matrix;
  }

  #toggle(event: NotificationEvent, channel: NotificationChannel, on: boolean): void {
    const current = structuredClone(this.#current()!);
    current[event][channel] = on;
    this.draft = current;
    this.status = '';
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#submit();
  }

  async #submit(): Promise<void> {
    if (!this.draft) return;
    const result = await this.#save.run({ matrix: this.draft });
    if (result.status !== 'done') return;
    this.#preferences.set(result.value);
    this.draft = undefined;
    // after an `await`: outside the update, so made in the provider's language explicitly
    this.status = this.section.inLocale(() => notificationsText().saved);
  }

  #onCancel(): void {
    if (this.#save.pending) return;
    this.draft = undefined;
    this.#save.reset();
  }

  protected renderPanel() {
    return renderResource(this.#preferences, { complete: () => this.#renderForm() });
  }

  #renderForm() {
    const text = notificationsText();
    const matrix = this.#current()!;
    const manage = this.section.canManage;
    return html`
      <form @submit=${this.#onSubmit}>
        <table part="matrix">
          <caption class="visually-hidden">${text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${text.event}</th>
              ${notificationChannels.map((channel) => html`<th scope="col">${text.channels[channel]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${notificationEvents.map(
              (event) => html`
                <tr>
                  <th scope="row">${text.events[event]}</th>
                  ${notificationChannels.map(
                    (channel) => html`<td>
                      <input
                        type="checkbox"
                        aria-label=${`${text.channels[channel]}: ${text.events[event]}`}
                        .checked=${matrix[event][channel]}
                        ?disabled=${!manage}
                        @change=${(e: Event) => this.#toggle(event, channel, (e.target as HTMLInputElement).checked)}
                      />
                    </td>`,
                  )}
                </tr>
              `,
            )}
          </tbody>
        </table>
        ${manage
          ? renderFormActions({
              write: this.#save,
              unchanged: !this.draft,
              save: { label: text.save, pendingLabel: text.saving },
              cancel: { label: text.cancel, onClick: () => this.#onCancel() },
              // A 422 names the fields to correct; anything else may be sent again as it is.
              retry: this.#save.error?.fieldErrors ? undefined : () => void this.#submit(),
              status: { message: this.status },
            })
          : nothing}
      </form>
    `;
  }
}

customElements.define('acme-notifications', AcmeNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'acme-notifications': AcmeNotifications;
  }
}
