import { registerTranslation } from '../../localize.js';
import { de } from './index.js';

/**
 * Importing this module makes `de` available to `<settings-provider locale="de">` (and to regional
 * tags of the language, e.g. `de-XX`). Only hosts that import it ship it.
 */
registerTranslation('de', de);

export { de };
