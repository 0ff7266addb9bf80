import { registerTranslation } from '../../localize.js';
import { fr } from './index.js';

/**
 * Importing this module makes `fr` available to `<settings-provider locale="fr">` (and to regional
 * tags of the language, e.g. `fr-XX`). Only hosts that import it ship it.
 */
registerTranslation('fr', fr);

export { fr };
