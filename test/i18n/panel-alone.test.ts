import { expect, html } from '@open-wc/testing';
// Only Preferences: a host that registers this one panel ships (and registers) only its strings
// and the shared ones — never another panel's.
import '../../src/define/settings-preferences.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { renderInProvider, taskComplete } from '../support/render.js';

describe('a panel registered alone', () => {
  it('Preferences names its date formats without the Data preferences panel on the page', async () => {
    const { element } = await renderInProvider<HTMLElement>(html`<settings-preferences></settings-preferences>`, {
      client: createMockClient({ persona: 'owner' }),
    });
    await taskComplete(element);
    const options = [...element.shadowRoot!.querySelectorAll<HTMLOptionElement>('#dateFormat option')].map((o) => o.textContent.trim());
    expect(options).to.include('YYYY-MM-DD (2026-03-31)');
    expect(options.join(' ')).not.to.contain('dataPreferences.');
  });
});
