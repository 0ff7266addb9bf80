import type { SectionId } from '../access/sections.js';

/**
 * Fired by `<settings-app>` before it changes section. Cancel it (`preventDefault()`) to route
 * yourself, then set the `section` attribute when your router lands.
 */
export class SettingsNavigateEvent extends Event {
  static readonly type = 'settings-navigate';
  constructor(readonly section: SectionId) {
    super(SettingsNavigateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired by `<settings-provider>` after the selected company changed. */
export class SettingsCompanyChangedEvent extends Event {
  static readonly type = 'settings-company-changed';
  constructor(readonly companyId: string) {
    super(SettingsCompanyChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-navigate': SettingsNavigateEvent;
    'settings-company-changed': SettingsCompanyChangedEvent;
  }
}
