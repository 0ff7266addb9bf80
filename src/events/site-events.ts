import type { Site, SiteInput, SiteUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Events of `<settings-sites>`. Intents (present tense) fire before the write and are cancelable:
 * `preventDefault()` stops it. Facts (past tense) fire after the server accepted it, with the
 * server's version of the site. Every event names the company it happened in.
 */
abstract class SiteEvent<S extends Site | SiteInput = Site> extends Event {
  constructor(
    type: string,
    readonly companyId: string,
    readonly site: S,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** Fired before a site is created; cancelable. `site` is what will be sent. */
export class SettingsSiteCreateEvent extends SiteEvent<SiteInput> {
  static readonly type = 'settings-site-create';
  constructor(companyId: string, site: SiteInput) {
    super(SettingsSiteCreateEvent.type, companyId, site, true);
  }
}

/** Fired after a site was created. */
export class SettingsSiteCreatedEvent extends SiteEvent {
  static readonly type = 'settings-site-created';
  constructor(companyId: string, site: Site, readonly change: SettingsChange) {
    super(SettingsSiteCreatedEvent.type, companyId, site);
  }
}

/** Fired before a site is edited; cancelable. `site` as it is, `changes` what will be sent. */
export class SettingsSiteUpdateEvent extends SiteEvent {
  static readonly type = 'settings-site-update';
  constructor(
    companyId: string,
    site: Site,
    readonly changes: SiteUpdate,
  ) {
    super(SettingsSiteUpdateEvent.type, companyId, site, true);
  }
}

/** Fired after a site was edited. */
export class SettingsSiteUpdatedEvent extends SiteEvent {
  static readonly type = 'settings-site-updated';
  constructor(companyId: string, site: Site, readonly change: SettingsChange) {
    super(SettingsSiteUpdatedEvent.type, companyId, site);
  }
}

/** Fired before a site is archived; cancelable. */
export class SettingsSiteArchiveEvent extends SiteEvent {
  static readonly type = 'settings-site-archive';
  constructor(companyId: string, site: Site) {
    super(SettingsSiteArchiveEvent.type, companyId, site, true);
  }
}

/** Fired after a site was archived. */
export class SettingsSiteArchivedEvent extends SiteEvent {
  static readonly type = 'settings-site-archived';
  constructor(companyId: string, site: Site, readonly change: SettingsChange) {
    super(SettingsSiteArchivedEvent.type, companyId, site);
  }
}

/** Fired before an archived site is restored; cancelable. */
export class SettingsSiteRestoreEvent extends SiteEvent {
  static readonly type = 'settings-site-restore';
  constructor(companyId: string, site: Site) {
    super(SettingsSiteRestoreEvent.type, companyId, site, true);
  }
}

/** Fired after an archived site was restored. */
export class SettingsSiteRestoredEvent extends SiteEvent {
  static readonly type = 'settings-site-restored';
  constructor(companyId: string, site: Site, readonly change: SettingsChange) {
    super(SettingsSiteRestoredEvent.type, companyId, site);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-site-create': SettingsSiteCreateEvent;
    'settings-site-created': SettingsSiteCreatedEvent;
    'settings-site-update': SettingsSiteUpdateEvent;
    'settings-site-updated': SettingsSiteUpdatedEvent;
    'settings-site-archive': SettingsSiteArchiveEvent;
    'settings-site-archived': SettingsSiteArchivedEvent;
    'settings-site-restore': SettingsSiteRestoreEvent;
    'settings-site-restored': SettingsSiteRestoredEvent;
  }
}
