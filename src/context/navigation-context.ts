import { createContext } from '@lit/context';
import type { SectionId } from '../access/sections.js';

/**
 * Offered by `<settings-app>` to the panels it renders, so a panel can link to another section
 * (e.g. Members → "managed in Admin team") through the shell's own routing. A panel used on its own
 * gets none and names the section in text instead.
 */
export interface SettingsNavigation {
  /** The link for a section, written with the shell's `link-template`. */
  href(section: SectionId): string;
  /** Navigates like a click on the shell's own link (fires the cancelable `settings-navigate`). */
  navigate(section: SectionId): boolean;
}

export const navigationContext = createContext<SettingsNavigation | undefined>(Symbol('settings.navigation'));
