import { registerTranslation } from '../../localize.js';
import { pseudoLocale } from './index.js';

/**
 * The pseudo-locale `en-XA` for QA and design reviews: `<settings-provider locale="en-XA">` shows
 * every string of ours accented, ~40 % longer and bracketed (see `src/i18n/catalogs/pseudo/index.ts`).
 */
registerTranslation('en-XA', pseudoLocale);

export { pseudoLocale };
