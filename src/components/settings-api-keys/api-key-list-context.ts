import { createContext } from '@lit/context';

/**
 * Offered by `<settings-api-keys>` to the elements inside it (its dialogs, the guided rotation):
 * what they may ask of the panel around them. One used on its own gets none and only says what
 * happened in its own dialog.
 */
export interface ApiKeyList {
  /**
   * Reads the keys again, for an answer saying they changed since they were listed (another
   * rotation started, a key was revoked meanwhile…): each row then shows where its key stands.
   */
  reload(): void;
  /** Reads the key policy again: it was saved, or its read failed and the user pressed Retry. */
  reloadPolicy(): void;
  /** Says what a dialog changed, on the panel's status line, once the list shows it. */
  report(message: () => string): void;
}

export const apiKeyListContext = createContext<ApiKeyList | undefined>(Symbol('settings.api-key-list'));
