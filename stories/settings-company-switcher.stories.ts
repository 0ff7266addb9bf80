import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PersonaId } from '../mocks/personas.js';
import { inlineStyle } from './support/inline-style.js';

/**
 * Picks the company the Company sections apply to. Keyboard: Enter, Space or the arrows open it;
 * arrows, Home and End move; typing jumps (or filters, above eight companies); Escape closes.
 */
const meta: Meta = {
  title: 'Shell/settings-company-switcher',
  component: 'settings-company-switcher',
  render: () => html`<div ${inlineStyle({ maxInlineSize: '18rem' })}><settings-company-switcher></settings-company-switcher></div>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });

/** Three companies through the organization. */
export const Owner = asPersona('owner');
/** Two specific companies. */
export const OrganizationAdmin = asPersona('org-admin');
/** Viewer in two companies, through company membership. */
export const CompanyViewer = asPersona('company-viewer');
/** One company: shown as text, nothing to switch. */
export const CompanyAdmin = asPersona('company-admin');
/** 200 companies: the menu gets a filter field. */
export const LargeOrganization = asPersona('large-org');
