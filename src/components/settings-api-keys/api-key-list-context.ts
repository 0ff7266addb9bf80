import { createContext } from '@lit/context';

/**
 * Offered by `<settings-api-keys>` to the elements inside it (the guided rotation): what they may
 * ask of the panel's list of keys. A rotation used on its own gets none and only says what happened.
 */
export interface ApiKeyList {
  /**
   * Reads the keys again, for an answer saying they changed since they were listed (another
   * rotation started, a key was revoked meanwhile…): each row then shows where its key stands.
   */
  reload(): void;
}

export const apiKeyListContext = createContext<ApiKeyList | undefined>(Symbol('settings.api-key-list'));
