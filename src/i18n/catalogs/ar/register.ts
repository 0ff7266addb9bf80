import { registerTranslation } from '../../localize.js';
import { ar } from './index.js';

/**
 * Importing this module makes `ar` available to `<settings-provider locale="ar">` (and to regional
 * tags of the language, e.g. `ar-XX`). Only hosts that import it ship it.
 */
registerTranslation('ar', ar);

export { ar };
