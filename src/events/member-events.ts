import type {
  AdminTeamMember,
  AdminTeamMemberInput,
  AdminTeamMemberUpdate,
  CompanyMember,
  CompanyMemberInput,
  CompanyMemberUpdate,
} from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Where a member event happened: the organization's admin team (`<settings-admin-team>`) or one
 * company's members (`<settings-company-members>`). Both panels fire the same events so a host can
 * audit or sync membership with one listener.
 */
export type MemberScope = 'organization' | 'company';

export type Member = AdminTeamMember | CompanyMember;

/** Shared fields: which list the member belongs to. `companyId` is `null` for the organization. */
abstract class MemberEvent extends Event {
  constructor(
    type: string,
    readonly scope: MemberScope,
    readonly companyId: string | null,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** Fired before a person is invited. Cancel it (`preventDefault()`) to stop the invitation. */
export class SettingsMemberInviteEvent extends MemberEvent {
  static readonly type = 'settings-member-invite';
  constructor(scope: MemberScope, companyId: string | null, readonly input: AdminTeamMemberInput | CompanyMemberInput) {
    super(SettingsMemberInviteEvent.type, scope, companyId, true);
  }
}

/** Fired after a person was invited; `member` is the new, invited member. */
export class SettingsMemberInvitedEvent extends MemberEvent {
  static readonly type = 'settings-member-invited';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member, readonly change: SettingsChange) {
    super(SettingsMemberInvitedEvent.type, scope, companyId);
  }
}

/** Fired before a member's role (and, for the organization, company access) changes. Cancelable. */
export class SettingsMemberUpdateEvent extends MemberEvent {
  static readonly type = 'settings-member-update';
  constructor(
    scope: MemberScope,
    companyId: string | null,
    readonly member: Member,
    readonly input: AdminTeamMemberUpdate | CompanyMemberUpdate,
  ) {
    super(SettingsMemberUpdateEvent.type, scope, companyId, true);
  }
}

/** Fired after a member was changed; `member` is the member as the server now has it. */
export class SettingsMemberUpdatedEvent extends MemberEvent {
  static readonly type = 'settings-member-updated';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member, readonly change: SettingsChange) {
    super(SettingsMemberUpdatedEvent.type, scope, companyId);
  }
}

/** Fired before a member is removed or a pending invitation is cancelled. Cancelable. */
export class SettingsMemberRemoveEvent extends MemberEvent {
  static readonly type = 'settings-member-remove';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member) {
    super(SettingsMemberRemoveEvent.type, scope, companyId, true);
  }
}

/** Fired after a member was removed or an invitation cancelled; `member` is who is gone. */
export class SettingsMemberRemovedEvent extends MemberEvent {
  static readonly type = 'settings-member-removed';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member, readonly change: SettingsChange) {
    super(SettingsMemberRemovedEvent.type, scope, companyId);
  }
}

/** Fired before an invitation email is sent again. Cancelable. */
export class SettingsInvitationResendEvent extends MemberEvent {
  static readonly type = 'settings-invitation-resend';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member) {
    super(SettingsInvitationResendEvent.type, scope, companyId, true);
  }
}

/** Fired after an invitation was sent again; `member` carries the new expiry. */
export class SettingsInvitationResentEvent extends MemberEvent {
  static readonly type = 'settings-invitation-resent';
  constructor(scope: MemberScope, companyId: string | null, readonly member: Member, readonly change: SettingsChange) {
    super(SettingsInvitationResentEvent.type, scope, companyId);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-member-invite': SettingsMemberInviteEvent;
    'settings-member-invited': SettingsMemberInvitedEvent;
    'settings-member-update': SettingsMemberUpdateEvent;
    'settings-member-updated': SettingsMemberUpdatedEvent;
    'settings-member-remove': SettingsMemberRemoveEvent;
    'settings-member-removed': SettingsMemberRemovedEvent;
    'settings-invitation-resend': SettingsInvitationResendEvent;
    'settings-invitation-resent': SettingsInvitationResentEvent;
  }
}
