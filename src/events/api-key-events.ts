import type { ApiKey, ApiKeyInput, ApiKeyPolicy, ApiKeyPolicyUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Events of `<settings-api-keys>`. None of them ever carries a key's secret: a host can log,
 * audit or forward them as they are. Intents (present tense) are cancelable; facts (past tense)
 * carry the server's record and the audit `change`.
 */

const intent = { bubbles: true, composed: true, cancelable: true } as const;
const fact = { bubbles: true, composed: true } as const;

/** Fired before a key is created (also the replacement of a rotation). Cancel it to stop the creation. */
export class SettingsApiKeyCreateEvent extends Event {
  static readonly type = 'settings-api-key-create';
  /** What will be sent: name, lifetime, access, and the key it replaces (rotation). */
  constructor(readonly input: Readonly<ApiKeyInput>) {
    super(SettingsApiKeyCreateEvent.type, intent);
  }
  get name(): string {
    return this.input.name;
  }
  /** `null`: the key never expires. */
  get expiresInDays(): number | null {
    return this.input.expiresInDays ?? null;
  }
  /** Set when the key replaces another one (rotation). */
  get replacesKeyId(): string | undefined {
    return this.input.replacesKeyId;
  }
}

/** Fired after a key was created; `apiKey` is the record the server returned, without its secret. */
export class SettingsApiKeyCreatedEvent extends Event {
  static readonly type = 'settings-api-key-created';
  constructor(
    readonly apiKey: ApiKey,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyCreatedEvent.type, fact);
  }
}

/** Fired before a key is revoked. Cancel it to keep the key. */
export class SettingsApiKeyRevokeEvent extends Event {
  static readonly type = 'settings-api-key-revoke';
  constructor(readonly apiKey: ApiKey) {
    super(SettingsApiKeyRevokeEvent.type, intent);
  }
}

/** Fired after a key was revoked; `apiKey` is the key as the server now has it. */
export class SettingsApiKeyRevokedEvent extends Event {
  static readonly type = 'settings-api-key-revoked';
  constructor(
    readonly apiKey: ApiKey,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyRevokedEvent.type, fact);
  }
}

/** Fired before a key is disabled or enabled again (`enabled` says which). Cancelable. */
export class SettingsApiKeyToggleEvent extends Event {
  static readonly type = 'settings-api-key-toggle';
  constructor(
    readonly apiKey: ApiKey,
    readonly enabled: boolean,
  ) {
    super(SettingsApiKeyToggleEvent.type, intent);
  }
}

/** Fired after a key was disabled (requests with it fail) or enabled again. */
export class SettingsApiKeyToggledEvent extends Event {
  static readonly type = 'settings-api-key-toggled';
  constructor(
    readonly apiKey: ApiKey,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyToggledEvent.type, fact);
  }
}

/** Fired before a rotation schedules its old key to expire after an overlap window. Cancelable. */
export class SettingsApiKeyExpiryScheduleEvent extends Event {
  static readonly type = 'settings-api-key-expiry-schedule';
  constructor(
    readonly apiKey: ApiKey,
    readonly inHours: number,
  ) {
    super(SettingsApiKeyExpiryScheduleEvent.type, intent);
  }
}

/** Fired after the old key of a rotation was scheduled to expire (`apiKey.rotationEndsAt`). */
export class SettingsApiKeyExpiryScheduledEvent extends Event {
  static readonly type = 'settings-api-key-expiry-scheduled';
  constructor(
    readonly apiKey: ApiKey,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyExpiryScheduledEvent.type, fact);
  }
}

/**
 * Fired when a guided rotation ends: the old key revoked, or scheduled to expire after an overlap
 * (`oldKey.rotationEndsAt` is then set), and its replacement in use. `change` is that last write's.
 */
export class SettingsApiKeyRotationCompletedEvent extends Event {
  static readonly type = 'settings-api-key-rotation-completed';
  constructor(
    readonly oldKey: ApiKey,
    readonly newKey: ApiKey,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyRotationCompletedEvent.type, fact);
  }
}

/** Fired before the organization's key policy is saved. Cancelable. */
export class SettingsApiKeyPolicyUpdateEvent extends Event {
  static readonly type = 'settings-api-key-policy-update';
  constructor(readonly update: ApiKeyPolicyUpdate) {
    super(SettingsApiKeyPolicyUpdateEvent.type, intent);
  }
}

/** Fired after the key policy was saved. */
export class SettingsApiKeyPolicyUpdatedEvent extends Event {
  static readonly type = 'settings-api-key-policy-updated';
  constructor(
    readonly policy: ApiKeyPolicy,
    readonly change: SettingsChange,
  ) {
    super(SettingsApiKeyPolicyUpdatedEvent.type, fact);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-api-key-create': SettingsApiKeyCreateEvent;
    'settings-api-key-created': SettingsApiKeyCreatedEvent;
    'settings-api-key-revoke': SettingsApiKeyRevokeEvent;
    'settings-api-key-revoked': SettingsApiKeyRevokedEvent;
    'settings-api-key-toggle': SettingsApiKeyToggleEvent;
    'settings-api-key-toggled': SettingsApiKeyToggledEvent;
    'settings-api-key-expiry-schedule': SettingsApiKeyExpiryScheduleEvent;
    'settings-api-key-expiry-scheduled': SettingsApiKeyExpiryScheduledEvent;
    'settings-api-key-rotation-completed': SettingsApiKeyRotationCompletedEvent;
    'settings-api-key-policy-update': SettingsApiKeyPolicyUpdateEvent;
    'settings-api-key-policy-updated': SettingsApiKeyPolicyUpdatedEvent;
  }
}
