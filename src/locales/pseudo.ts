import { registerTranslation } from '../i18n/localize.js';
import { pseudoLocale } from '../i18n/pseudo.js';

/**
 * The pseudo-locale `en-XA` for QA and design reviews: `<settings-provider locale="en-XA">` shows
 * every string of ours accented, ~40 % longer and bracketed (see `src/i18n/pseudo.ts`).
 */
registerTranslation('en-XA', pseudoLocale);

export { pseudoLocale };
