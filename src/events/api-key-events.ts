import type { ApiKey } from '../api/types.js';

/**
 * Events of `<settings-api-keys>`. None of them ever carries a key's secret: a host can log,
 * audit or forward them as they are.
 */

/** Fired before a key is created (also the replacement of a rotation). Cancel it to stop the creation. */
export class SettingsApiKeyCreateEvent extends Event {
  static readonly type = 'settings-api-key-create';
  constructor(
    readonly name: string,
    /** `null`: the key never expires. */
    readonly expiresInDays: number | null,
    /** Set when the key replaces another one (rotation). */
    readonly replacesKeyId?: string,
  ) {
    super(SettingsApiKeyCreateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after a key was created; `apiKey` is the record the server returned, without its secret. */
export class SettingsApiKeyCreatedEvent extends Event {
  static readonly type = 'settings-api-key-created';
  constructor(readonly apiKey: ApiKey) {
    super(SettingsApiKeyCreatedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired before a key is revoked. Cancel it to keep the key. */
export class SettingsApiKeyRevokeEvent extends Event {
  static readonly type = 'settings-api-key-revoke';
  constructor(readonly apiKey: ApiKey) {
    super(SettingsApiKeyRevokeEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after a key was revoked; `apiKey` is the key as the server now has it. */
export class SettingsApiKeyRevokedEvent extends Event {
  static readonly type = 'settings-api-key-revoked';
  constructor(readonly apiKey: ApiKey) {
    super(SettingsApiKeyRevokedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when a guided rotation ends with the old key revoked and its replacement in use. */
export class SettingsApiKeyRotationCompletedEvent extends Event {
  static readonly type = 'settings-api-key-rotation-completed';
  constructor(
    readonly oldKey: ApiKey,
    readonly newKey: ApiKey,
  ) {
    super(SettingsApiKeyRotationCompletedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-api-key-create': SettingsApiKeyCreateEvent;
    'settings-api-key-created': SettingsApiKeyCreatedEvent;
    'settings-api-key-revoke': SettingsApiKeyRevokeEvent;
    'settings-api-key-revoked': SettingsApiKeyRevokedEvent;
    'settings-api-key-rotation-completed': SettingsApiKeyRotationCompletedEvent;
  }
}
