import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ActionMenuItem } from '../src/components/settings-action-menu/settings-action-menu.js';
import type { SettingsActionMenu } from '../src/components/settings-action-menu/settings-action-menu.js';
import { inlineStyle } from './support/inline-style.js';

/**
 * Menus and the company switcher open in the browser's top layer (`popover`), so a host page that
 * puts the settings inside a transformed card with `overflow: hidden` (a drawer, an animated
 * panel) neither clips nor misplaces them. The dashed box below is such an ancestor.
 */
const meta: Meta = {
  title: 'Kit/Overlays in a clipping host',
  parameters: { persona: 'large-org' },
};
export default meta;
type Story = StoryObj;

const items: ActionMenuItem[] = [
  { value: 'edit', label: 'Edit role and access' },
  { value: 'resend', label: 'Resend invitation' },
  { value: 'remove', label: 'Remove', danger: true },
];

const clippingHost = (content: unknown) => html`
  <div
    ${inlineStyle({ transform: 'translateZ(0)', overflow: 'hidden', blockSize: '5rem', inlineSize: '18rem', padding: '0.5rem', border: '1px dashed' })}
  >
    ${content}
  </div>
`;

/** A row menu, opened: every item shows in full below the 5rem box. */
export const RowMenu: Story = {
  render: () => clippingHost(html`<settings-action-menu label="Actions for Ada Lovelace" .items=${items}></settings-action-menu>`),
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector<SettingsActionMenu>('settings-action-menu')!;
    await menu.updateComplete;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
  },
};

/** The company switcher of Globex's 200 companies, opened, with its filter. */
export const CompanySwitcher: Story = {
  render: () => clippingHost(html`<settings-company-switcher></settings-company-switcher>`),
  play: async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('settings-company-switcher')!;
    // The trigger appears once the provider has loaded the session.
    for (let tries = 0; tries < 100 && !switcher.shadowRoot?.querySelector('[part=trigger]'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    switcher.shadowRoot?.querySelector<HTMLButtonElement>('[part=trigger]')?.click();
  },
};
