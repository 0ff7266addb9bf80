import type { SettingsChange } from 'settings-elements/kit';
import type { Newsletter } from './newsletter-api.js';

/** Before the newsletter choice is saved; cancel it to stop the save. */
export class AcmeNewsletterUpdateEvent extends Event {
  static readonly type = 'acme-newsletter-update';
  constructor(readonly newsletter: Newsletter) {
    super(AcmeNewsletterUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The newsletter choice was saved (the server's answer). */
export class AcmeNewsletterUpdatedEvent extends Event {
  static readonly type = 'acme-newsletter-updated';
  constructor(
    readonly newsletter: Newsletter,
    /** The audit record of the save (who changed what, before and after). */
    readonly change: SettingsChange,
  ) {
    super(AcmeNewsletterUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acme-newsletter-update': AcmeNewsletterUpdateEvent;
    'acme-newsletter-updated': AcmeNewsletterUpdatedEvent;
  }
}
