import { ContextProvider } from '@lit/context';
import { LitElement, html, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SettingsClient } from '../../api/client.js';
import { isAbortError, toSettingsApiError, type SettingsApiError } from '../../api/errors.js';
import { createHttpClient } from '../../api/http-client.js';
import type { Session, Theme } from '../../api/types.js';
import { createSectionRegistry, defaultSectionRegistry, type SectionRegistry, type SectionRegistryOptions } from '../../access/section-registry.js';
import type { SectionDefinition, SectionId } from '../../access/sections.js';
import { createContextValue, settingsContext, type SettingsContextValue } from '../../context/settings-context.js';
import { wrapProviderClient } from '../../context/provider-client.js';
import { defaultRetryPolicy, type RetryPolicy } from '../../api/retry.js';
import type { SettingsPreferencesUpdatedEvent } from '../../events/preferences-events.js';
import { SettingsCompanyChangedEvent } from '../../events/shell-events.js';
import { SettingsSessionErrorEvent, SettingsUnauthorizedEvent } from '../../events/session-events.js';
import { describeError } from '../../internal/describe-error.js';
import { msg, withLocale, type Translation } from '../../i18n/localize.js';
import { LocaleController } from './locale-controller.js';
import { baseStyles, t } from '../../styles/tokens.js';

type LoadState = { status: 'loading' } | { status: 'ready'; session: Session } | { status: 'error'; error: SettingsApiError };

/**
 * Loads the session once and shares the client, the session, access decisions and the selected
 * company with every settings element inside it.
 *
 * @summary The root every settings element needs above it.
 * @tag settings-provider
 * @slot - The settings elements: `<settings-app>` or individual panels.
 * @csspart status - The loading or error message shown while the session is not available.
 * @fires {SettingsUnauthorizedEvent} settings-unauthorized - The API answered 401; sign the user in again.
 * @fires {SettingsSessionErrorEvent} settings-session-error - The session could not be loaded.
 * @fires {SettingsCompanyChangedEvent} settings-company-changed - The selected company changed.
 */
export class SettingsProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    company: { reflect: true },
    supportEmail: { attribute: 'support-email' },
    sections: { attribute: false },
    omitSections: { attribute: 'omit-sections', converter: { fromAttribute: (value) => (value ?? '').split(/\s+/).filter(Boolean) } },
    retry: { attribute: false },
    theme: {},
    locale: {},
    followUserLanguage: { type: Boolean, attribute: 'follow-user-language' },
    loadTranslation: { attribute: false },
    userTheme: { state: true },
    userLanguage: { state: true },
    load: { state: true },
    unauthorized: { state: true },
    context: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      [part='status'] {
        padding: ${t.space4};
      }
      [part='status'] p {
        margin-block: 0 ${t.space2};
      }
    `,
  ];

  /** Any `SettingsClient`. Takes precedence over `base-url`. */
  client?: SettingsClient;

  /** Where the REST contract is mounted; used when no `client` is given. */
  baseUrl?: string;

  /** Id of the selected company. Defaults to the user's first company; reflects switches. */
  company?: string;

  /** Support address shown where users must contact the vendor (e.g. billing not set up). */
  supportEmail?: string;

  /**
   * The host's own sections: they join the navigation, routing, the deep-link guard and "Can't find
   * a setting?" like ours. See `SectionDefinition`; one that is invalid is left out (the console says why), the rest are shown.
   */
  sections: readonly SectionDefinition[] = [];

  /**
   * Built-in sections this product does not offer, space-separated (e.g. `organization/billing`):
   * they leave the navigation and are not listed as hidden either.
   */
  omitSections: readonly SectionId[] = [];

  /**
   * How reads (the session too) are retried on a network failure, 429 or 5xx before the error and
   * its Retry button show; `{ retries: 0, … }` turns it off. Writes are never retried.
   */
  retry: RetryPolicy = defaultRetryPolicy;

  /**
   * Forces a theme. By default the elements follow the user's own preference (Personal >
   * Preferences), applied as `color-scheme` so every token's `light-dark()` follows it.
   */
  theme?: Theme;

  /**
   * The language the elements speak and format in (BCP-47, e.g. `de`, `fr-CA`, `ar`). Without it, the
   * provider's `lang`, else the page's `lang`. Its catalog must be registered
   * (`import 'settings-elements/locales/de'`) or loadable (`loadTranslation`); otherwise English.
   */
  locale?: string;

  /** Speak the user's own language (Personal > Preferences), from the first paint and after a change. */
  followUserLanguage = false;

  /**
   * Loads a catalog on demand, e.g. `loadLocale` from `settings-elements/locales` (each language a
   * separate chunk, fetched only when used).
   */
  loadTranslation?: (tag: string) => Promise<Translation | undefined>;

  /** The user's saved preference, from the session and from later saves. */
  private userTheme: Theme | undefined;
  private userLanguage: string | undefined;

  #locale = new LocaleController(this, () => ({
    locale: this.locale,
    userLanguage: this.followUserLanguage ? this.userLanguage : undefined,
    loader: this.loadTranslation,
  }));

  private load: LoadState = { status: 'loading' };
  private unauthorized = false;

  protected context?: SettingsContextValue;
  /** Hands `context` to every element inside (`#setContext`). */
  #contextProvider = new ContextProvider(this, { context: settingsContext });

  #client?: SettingsClient;
  #registry: SectionRegistry = defaultSectionRegistry;
  #abort?: AbortController;
  #refreshing?: Promise<void>;
  /** The session load asked for last (a newer one aborts it): what `taskComplete` waits for. */
  #sessionLoad: Promise<void> = Promise.resolve();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('settings-preferences-updated', this.#onPreferencesUpdated);
    this.#abort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // By name: importing the event class would bring its module (and its siblings) into every panel.
    this.addEventListener('settings-preferences-updated', this.#onPreferencesUpdated);
    // Reconnecting after a disconnect (which aborted the load) must load again.
    if (this.hasUpdated && this.load.status === 'loading') void this.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('retry')) {
      this.#client = this.#createClient();
      void this.reload();
    }
    const sectionsChanged = changed.has('sections') || changed.has('omitSections');
    if (sectionsChanged) this.#registry = this.#createRegistry();
    if (changed.has('load') && this.load.status === 'ready') {
      this.userTheme = this.load.session.user.theme;
      this.userLanguage = this.load.session.user.language;
    }
    // The language first: the context carries it.
    this.#locale.request();
    const localeChanged = this.context !== undefined && this.context.locale !== this.#locale.active;
    if (this.load.status === 'ready' && (changed.has('load') || changed.has('company') || changed.has('supportEmail') || sectionsChanged || localeChanged)) {
      this.#setContext(this.#contextFor(this.load.session));
    }
  }

  /** Renders in its own language (its status lines), chosen in `willUpdate`, whatever the page's. */
  protected override update(changed: PropertyValues): void {
    withLocale(this.#locale.active, () => super.update(changed));
  }

  protected override updated(): void {
    const theme = this.theme ?? this.userTheme;
    // `system` follows the operating system; no preference leaves the host page's scheme alone.
    this.style.colorScheme = theme === 'light' ? 'light' : theme === 'dark' ? 'dark' : theme === 'system' ? 'light dark' : '';
  }

  /**
   * Settles when the session and the language asked for last have loaded (or failed) and the
   * provider has rendered them — at once when nothing is loading. Await it instead of polling; each
   * element inside has its own (`panel.taskComplete`) for its data.
   */
  get taskComplete(): Promise<void> {
    return this.#settle();
  }

  async #settle(): Promise<void> {
    // An update may start another load (a new client, a language to fetch): wait for that one too.
    for (;;) {
      const loads = [this.#sessionLoad, this.#locale.taskComplete];
      await Promise.all(loads);
      if ((await this.updateComplete) && loads[0] === this.#sessionLoad && loads[1] === this.#locale.taskComplete) return;
    }
  }

  /**
   * Loads the session again (e.g. after the host signed the user in again). Content already on
   * screen stays until the new session arrives, so an open dialog — a new key's secret, a half-typed
   * form — is not torn away; for another user the elements then drop the last user's state.
   */
  async reload(): Promise<void> {
    this.unauthorized = false;
    if (this.load.status !== 'ready') this.load = { status: 'loading' };
    await this.#loadSession({ keepOnError: false });
  }

  /**
   * Reloads the session while keeping the current one on screen. Panels that hit a 403 at the same
   * time share one request.
   */
  refreshSession(): Promise<void> {
    this.#refreshing ??= this.#loadSession({ keepOnError: true }).finally(() => (this.#refreshing = undefined));
    return this.#refreshing;
  }

  /** Selects a company for the Company sections and fires `settings-company-changed`. */
  selectCompany(companyId: string): void {
    if (companyId === (this.context?.companyId ?? this.company)) return;
    this.company = companyId;
    this.dispatchEvent(new SettingsCompanyChangedEvent(companyId));
  }

  #createClient(): SettingsClient | undefined {
    const client = this.client ?? (this.baseUrl ? createHttpClient({ baseUrl: this.baseUrl }) : undefined);
    return client && wrapProviderClient(client, { onUnauthorized: (error) => this.#onUnauthorized(error), retry: this.retry });
  }

  /**
   * A host's mistake must not take the whole area down: a definition or an omission that the
   * registry refuses is left out on its own (the console says why); everything else still works.
   */
  #createRegistry(): SectionRegistry {
    const accepted = (options: SectionRegistryOptions): boolean => {
      try {
        createSectionRegistry(options);
        return true;
      } catch (error) {
        console.error(error);
        return false;
      }
    };
    const omit = this.omitSections.filter((id) => accepted({ omit: [id] }));
    // One at a time, against those already accepted, so a second section with the same id is the one left out.
    const add: SectionDefinition[] = [];
    for (const section of this.sections) if (accepted({ add: [...add, section] })) add.push(section);
    return createSectionRegistry({ add, omit });
  }

  /** `keepOnError`: a refresh that fails keeps the session the user already has. */
  #loadSession(options: { keepOnError: boolean }): Promise<void> {
    return (this.#sessionLoad = this.#fetchSession(options));
  }

  async #fetchSession(options: { keepOnError: boolean }): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      const session = await client.getSession({ signal: abort.signal });
      if (abort.signal.aborted) return;
      const previous = this.load.status === 'ready' ? this.load.session : undefined;
      this.load = { status: 'ready', session };
      if (previous) this.#keepSelectedCompany(session);
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      const apiError = toSettingsApiError(error);
      if (options.keepOnError && this.load.status === 'ready' && apiError.status !== 401) return;
      // A 401 leaves the content as it is (see render); any other failure replaces it.
      if (apiError.status === 401 && this.load.status === 'ready') return;
      this.load = { status: 'error', error: apiError };
      this.#setContext(undefined);
      reportSessionFailure(apiError);
      if (apiError.status !== 401) this.dispatchEvent(new SettingsSessionErrorEvent(apiError));
    }
  }

  /**
   * After a refresh, a selected company the user has lost falls back to their first company (they
   * were working in it; an explanation for a company they never had would only confuse).
   */
  #keepSelectedCompany(session: Session): void {
    const selected = this.context?.companyId;
    const first = session.companies[0];
    if (!selected || !first || session.companies.some((c) => c.id === selected)) return;
    this.company = first.id;
    this.dispatchEvent(new SettingsCompanyChangedEvent(first.id));
  }

  #contextFor(session: Session): SettingsContextValue {
    const companyId = this.company ?? session.companies[0]?.id ?? null;
    return createContextValue({
      client: this.#client!,
      session,
      companyId,
      sections: this.#registry,
      supportEmail: this.supportEmail ?? null,
      locale: this.#locale.active,
      selectCompany: (id) => this.selectCompany(id),
      refreshSession: () => this.refreshSession(),
      dispatchFromProvider: (event) => this.dispatchEvent(event),
    });
  }

  /** A new context, handed at once to every element inside. */
  #setContext(context: SettingsContextValue | undefined): void {
    this.#contextProvider.setValue(context);
    this.context = context;
  }

  #onPreferencesUpdated = (event: SettingsPreferencesUpdatedEvent): void => {
    this.userTheme = event.preferences.theme;
    this.userLanguage = event.preferences.language;
  };

  #onUnauthorized(error: SettingsApiError): void {
    // Reported once until reload() or a new client; the host decides what signing in again means.
    if (this.unauthorized) return;
    this.unauthorized = true;
    this.dispatchEvent(new SettingsUnauthorizedEvent(error));
  }

  protected override render() {
    if (this.unauthorized) {
      const notice = html`<div part="status" class="notice" role="alert"><p>${msg('session.unauthorized')}</p></div>`;
      // The content stays: hiding it would leave an open modal dialog modal but invisible, locking
      // the host page (its "Sign in again" could not take focus), and would tear away a new key's
      // secret. Requests from it fail with 401 again, reported to the host only once.
      return this.load.status === 'ready' ? html`${notice}<slot></slot>` : notice;
    }
    switch (this.load.status) {
      case 'ready':
        return html`<slot></slot>`;
      case 'loading':
        return html`<div part="status" role="status" aria-live="polite">${this.#client ? msg('session.loading') : ''}</div>`;
      case 'error':
        return html`
          <div part="status" class="notice" role="alert">
            <p>${msg('session.error')} ${sessionErrorText(this.load.error)}</p>
            <button type="button" @click=${() => void this.reload()}>${msg('state.retry')}</button>
          </div>
        `;
    }
  }
}

/**
 * Why the session did not load, for the user: no answer, or a 404 for `/session` itself, means the
 * settings service is not where the client sends requests (not "this item was removed").
 */
function sessionErrorText(error: SettingsApiError): string {
  if (error.status === 404) return msg('session.notFound');
  if (error.status === 0) return msg('session.unreachable');
  return describeError(error);
}

/** The same, for the host's developers: what to check when the area never loads. */
function reportSessionFailure(error: SettingsApiError): void {
  if (error.status === 404) {
    console.error(`settings-provider: GET /session answered 404: the settings API is not at the client's base URL (check where it sends requests).`, error);
  } else if (error.status === 0) {
    console.error(`settings-provider: GET /session could not be reached (network, CORS or the client's base URL).`, error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-provider': SettingsProvider;
  }
}
