import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { settingsContext } from '../../context/settings-context.js';
import { apiKeySecretMessages } from '../../i18n/catalogs/en/api-key-secret.js';
import { addMessages, msg, withLocale } from '../../i18n/localize.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import type { SettingsDialog } from '../settings-dialog/settings-dialog.js';
import { secretStyles } from './settings-api-key-secret.styles.js';

// Its strings ship with it: it comes with Create key, or with the rotation.
addMessages(apiKeySecretMessages);

/**
 * Shows a new key's secret exactly once, in a dialog that cannot be dismissed until the user ticks
 * "I have saved this secret". This element is the only holder of the secret: it arrives through
 * `show()` (never an attribute or a property binding) and is set back to `null`, and its text
 * removed from the DOM, as soon as the dialog closes or the element leaves the page.
 *
 * @summary One-time display of a new API key's secret, with Copy.
 * @tag settings-api-key-secret
 * @csspart secret - The secret's text.
 */
export class SettingsApiKeySecret extends LitElement {
  static override properties: PropertyDeclarations = {
    secret: { state: true },
    keyName: { state: true },
    saved: { state: true },
    copyStatus: { state: true },
  };

  static override styles = [baseStyles, formStyles, secretStyles];

  /** The provider's context: the language the dialog speaks. */
  #settings = new ContextConsumer(this, { context: settingsContext, subscribe: true });

  /** The secret on display; `null` whenever no dialog is open. */
  private secret: string | null = null;
  private keyName = '';
  private saved = false;
  private copyStatus: '' | 'copied' | 'selected' = '';

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get secretText() {
    return this.renderRoot?.querySelector<HTMLElement>('code');
  }
  private get dialog() {
    return this.renderRoot?.querySelector<SettingsDialog>('settings-dialog');
  }

  #onClosed?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nobody can read it any more: do not keep it in a detached element.
    this.forget();
  }

  /** Updates in the provider's language: `msg` speaks it while it renders. */
  protected override performUpdate(): void {
    withLocale(this.#settings.value?.locale, () => super.performUpdate());
  }

  /** Opens the dialog with `secret`; resolves once the user saved it and closed the dialog. */
  show(secret: string, keyName: string): Promise<void> {
    this.forget();
    this.secret = secret;
    this.keyName = keyName;
    return new Promise((resolve) => (this.#onClosed = resolve));
  }

  /** Drops the secret at once and closes (the dialog closed, the element left, another user signed in). */
  forget(): void {
    this.secret = null;
    this.saved = false;
    this.copyStatus = '';
    const onClosed = this.#onClosed;
    this.#onClosed = undefined;
    onClosed?.();
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.secret ?? '');
      this.copyStatus = 'copied';
    } catch {
      // No clipboard (insecure context, permission denied): select it for the keyboard shortcut.
      if (this.secretText) getSelection()?.selectAllChildren(this.secretText);
      this.copyStatus = 'selected';
    }
  }

  protected override render() {
    if (this.secret === null) return nothing;
    return html`
      <settings-dialog open ?no-dismiss=${!this.saved} heading=${msg('apiKeys.secret.heading', { name: this.keyName })} @settings-dialog-closed=${() => this.forget()}>
        <p><strong>${msg('apiKeys.secret.once')}</strong></p>
        <div class="secret">
          <code part="secret">${this.secret}</code>
          <button type="button" @click=${this.#copy}>${msg('apiKeys.secret.copy')}</button>
        </div>
        <p role="status" class="hint">${this.copyStatus ? msg(`apiKeys.secret.${this.copyStatus}`) : nothing}</p>
        <label class="choice">
          <input type="checkbox" .checked=${this.saved} @change=${(e: Event) => (this.saved = (e.target as HTMLInputElement).checked)} />
          ${msg('apiKeys.secret.saved')}
        </label>
        <button slot="actions" type="button" class="primary" ?disabled=${!this.saved} @click=${() => this.dialog?.close()}>${msg('apiKeys.secret.done')}</button>
      </settings-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-api-key-secret': SettingsApiKeySecret;
  }
}
