import { createContext } from '@lit/context';
import { evaluateAccess, notOffered, type AccessDecision } from '../access/evaluate-access.js';
import type { SectionRegistry } from '../access/section-registry.js';
import type { SectionId } from '../access/sections.js';
import type { SettingsClient } from '../api/client.js';
import type { Session, SessionCompany } from '../api/types.js';
import { withLocale } from '../i18n/localize.js';

/**
 * What `<settings-provider>` shares with every element below it, once the session has loaded.
 * The value is replaced (never mutated) on every change, so subscribed consumers re-render.
 */
export interface SettingsContextValue {
  /** The host's client, wrapped so a 401 reaches the host as `settings-unauthorized`. */
  readonly client: SettingsClient;
  readonly session: Session;
  /** The selected company's id; `null` when the user has no company. */
  readonly companyId: string | null;
  /** The selected company, or `null` when the user is not assigned to it (or to any). */
  readonly company: SessionCompany | null;
  /** Where users are told to write when something needs the vendor (e.g. billing not set up). */
  readonly supportEmail: string | null;
  /** The locale the elements speak and format in (BCP-47); a change re-renders every element. */
  readonly locale: string;
  /** The sections of this Settings area: ours minus the omitted ones, plus the host's. */
  readonly sections: SectionRegistry;
  /**
   * Access to a section for the selected company; `not-offered` for a section not in `sections`. Its
   * explanation is in `locale`, wherever it is asked for.
   */
  access(section: SectionId): AccessDecision;
  selectCompany(companyId: string): void;
  /** Reloads the session in place (after a 403: permissions changed under the user). */
  refreshSession(): Promise<void>;
  /**
   * Dispatches `event` from the provider: for a fact whose element left the page before its write
   * finished (nothing above a detached element hears it).
   */
  dispatchFromProvider(event: Event): boolean;
}

export const settingsContext = createContext<SettingsContextValue | undefined>(Symbol('settings.context'));

/**
 * Offered by `<settings-app>` to the panels it renders, so a panel can link to another section
 * (e.g. Members → "managed in Admin team") through the shell's own routing. A panel used on its own
 * gets none and names the section in text instead. (Beside the settings context rather than in a
 * module of its own: only the shell and Members use it, and a bundler that splits the sections off
 * made a file of a few bytes of it in the first load. Marked pure, so a bundle without the shell or
 * Members drops it.)
 */
export interface SettingsNavigation {
  /** The link for a section, written with the shell's `link-template`. */
  href(section: SectionId): string;
  /** Navigates like a click on the shell's own link (fires the cancelable `settings-navigate`). */
  navigate(section: SectionId): boolean;
}

export const navigationContext = /* @__PURE__ */ createContext<SettingsNavigation | undefined>(Symbol('settings.navigation'));

export function createContextValue(init: Omit<SettingsContextValue, 'access' | 'company'>): SettingsContextValue {
  const company = init.session.companies.find((c) => c.id === init.companyId) ?? null;
  return {
    ...init,
    company,
    access: (id) =>
      withLocale(init.locale, () => {
        const section = init.sections.get(id);
        return section ? evaluateAccess(init.session, section, init.companyId) : notOffered();
      }),
  };
}
