/** Before the newsletter choice is saved; cancel it to stop the save. */
export class AcmeNewsletterUpdateEvent extends Event {
  static type = 'acme-newsletter-update';
  constructor(newsletter) {
    super(AcmeNewsletterUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.newsletter = newsletter;
  }
}

/** The newsletter choice was saved (the server's answer). */
export class AcmeNewsletterUpdatedEvent extends Event {
  static type = 'acme-newsletter-updated';
  /** `change`: the audit record of the save (who changed what, before and after). */
  constructor(newsletter, change) {
    super(AcmeNewsletterUpdatedEvent.type, { bubbles: true, composed: true });
    this.newsletter = newsletter;
    this.change = change;
  }
}
