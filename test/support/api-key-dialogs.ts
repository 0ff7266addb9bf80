import { defineApiKeyDialogs } from '../../src/components/settings-api-keys/settings-api-key-dialogs.js';
import { loadElement, loadElementWith } from '../../src/internal/lazy-element.js';

/**
 * Has the API keys panel's dialogs arrived before the test starts, for tests about what the dialogs
 * do once open: the panel then opens them at once, as it does once their code has arrived. Their
 * code's arrival on first need (the panel imports it when a dialog is first opened) is in
 * settings-api-keys-dialogs-code.test.ts.
 */
export async function defineKeyDialogs(): Promise<void> {
  loadElementWith('settings-api-key-dialogs', () => Promise.resolve(defineApiKeyDialogs()));
  await loadElement('settings-api-key-dialogs');
}

/** Where the API keys panel (the element, or its shadow root) draws its dialogs: their own shadow root. */
export function keyDialogs(panel: Element | ShadowRoot): ShadowRoot {
  const root = panel instanceof ShadowRoot ? panel : panel.shadowRoot!;
  const dialogs = root.querySelector('settings-api-key-dialogs')?.shadowRoot;
  if (!dialogs) throw new Error('no <settings-api-key-dialogs> in the panel: its code is not here yet');
  return dialogs;
}
