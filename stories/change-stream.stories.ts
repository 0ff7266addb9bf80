import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/settings-api-keys.js';
import '../src/define/settings-data-repository.js';
import '../src/define/settings-preferences.js';

/**
 * The change stream a host forwards to its audit log: every accepted write of every panel arrives
 * as one `settings-change` event with the section, the signed-in user, the company (for company
 * writes), the record and only the fields that changed, before and after — never a secret. Change
 * something in the panel; the stream below shows the records as the host receives them.
 */
const meta: Meta = {
  title: 'Host/Change stream',
  parameters: { persona: 'owner' },
};
export default meta;
type Story = StoryObj;

const listening = new WeakSet<Element>();

/** Listens where a host would (the document) and lists each record, newest first, as JSON text. */
function streamLog(list: Element | undefined): void {
  if (!list || listening.has(list)) return;
  listening.add(list);
  document.addEventListener('settings-change', (event) => {
    const item = document.createElement('li');
    const code = document.createElement('pre');
    // textContent, never markup: the records hold what users typed.
    code.textContent = JSON.stringify(event.change, null, 2);
    item.append(code);
    list.prepend(item);
  });
}

const withStream = (panel: ReturnType<typeof html>) => html`
  ${panel}
  <section aria-labelledby="stream-heading">
    <h2 id="stream-heading">settings-change events</h2>
    <ol aria-live="polite" ${ref(streamLog)}></ol>
  </section>
`;

/** Preferences: each auto-saved change is one record with just that field. */
export const Preferences: Story = { render: () => withStream(html`<settings-preferences></settings-preferences>`) };

/** Data repository: a retention change, before and after. */
export const DataRepository: Story = { render: () => withStream(html`<settings-data-repository></settings-data-repository>`) };

/** API keys: create (the record has the prefix, never the secret), disable, revoke, the policy. */
export const ApiKeys: Story = { render: () => withStream(html`<settings-api-keys></settings-api-keys>`) };
