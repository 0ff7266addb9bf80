import type { adminTeamFormMessages } from './admin-team-form.js';
import type { adminTeamMessages } from './admin-team.js';
import type { apiKeyDialogsMessages } from './api-key-dialogs.js';
import type { apiKeyFieldsMessages } from './api-key-fields.js';
import type { apiKeyRotationMessages } from './api-key-rotation.js';
import type { apiKeySecretMessages } from './api-key-secret.js';
import type { apiKeysMessages } from './api-keys.js';
import type { billingMessages } from './billing.js';
import type { companyMembersMessages } from './company-members.js';
import type { coreMessages } from './core.js';
import type { dataPreferencesMessages } from './data-preferences.js';
import type { dataRepositoryMessages } from './data-repository.js';
import type { membersMessages } from './members.js';
import type { membershipMessages } from './membership.js';
import type { preferencesMessages } from './preferences.js';
import type { profileMessages } from './profile.js';
import type { sitesMessages } from './sites.js';

/**
 * The English catalog, as a type: every user-visible string of the library, one file per area
 * under `en/`. At run time each panel registers its own area (`addMessages` in its module), so a
 * host that ships one panel ships only that panel's strings (and a part loaded later, such as the
 * API keys' dialogs and guided rotation, or the admin team's member dialog, registers its own when it arrives).
 * Keys are stable; a translation supplies the same keys (missing ones fall back to English, so
 * nothing ever renders empty).
 * Wording follows the product's help page, which customers read while they click.
 */
export type Catalog = typeof coreMessages &
  typeof profileMessages &
  typeof preferencesMessages &
  typeof membershipMessages &
  typeof sitesMessages &
  typeof dataPreferencesMessages &
  typeof companyMembersMessages &
  typeof membersMessages &
  typeof adminTeamMessages &
  typeof adminTeamFormMessages &
  typeof apiKeysMessages &
  typeof apiKeyDialogsMessages &
  typeof apiKeyFieldsMessages &
  typeof apiKeySecretMessages &
  typeof apiKeyRotationMessages &
  typeof billingMessages &
  typeof dataRepositoryMessages;

export type MessageKey = keyof Catalog;
