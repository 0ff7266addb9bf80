/**
 * Registers every element of the library, all up front, but for the parts a panel opens only on
 * request (the API keys' dialogs and rotation, the admin team's form): the panel registers those
 * when first needed. Import this for the whole Settings area at once; import
 * `settings-elements/define/settings-provider` and `settings-elements/define/settings-app` to
 * have each section arrive when it is needed, or `settings-elements/define/<tag>` to register only
 * what you use (each panel's module registers the primitives it renders, but for
 * `<settings-dialog>`: the kit fetches it with the first dialog a panel opens).
 *
 * Written by `npm run sync-defines` from the files in src/define/: do not edit by hand.
 */
import './define/settings-provider.js';
import './define/settings-action-menu.js';
import './define/settings-admin-team.js';
import './define/settings-api-keys.js';
import './define/settings-app.js';
import './define/settings-billing.js';
import './define/settings-company-members.js';
import './define/settings-company-switcher.js';
import './define/settings-data-preferences.js';
import './define/settings-data-repository.js';
import './define/settings-dialog.js';
import './define/settings-membership.js';
import './define/settings-preferences.js';
import './define/settings-profile.js';
import './define/settings-sites.js';
