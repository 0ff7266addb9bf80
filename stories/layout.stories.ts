import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { inlineStyle } from './support/inline-style.js';

/**
 * Every panel in containers of 360, 768 and 1280 px: the elements adapt to the width of their own
 * container (container queries), not the viewport — embedded in a phone, in a side panel beside a host
 * sidebar, or full width. Below 40rem lists stack into cards with their actions in view; below 44rem
 * the shell folds its navigation into a section menu above the content. The story smoke checks that
 * nothing in these containers sticks out or scrolls sideways.
 */
const meta: Meta = {
  title: 'Layout/Container widths',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

const panels: [string, TemplateResult][] = [
  ['Shell', html`<settings-app section="organization/admin-team"></settings-app>`],
  ['General', html`<settings-profile></settings-profile>`],
  ['Preferences', html`<settings-preferences></settings-preferences>`],
  ['Membership', html`<settings-membership></settings-membership>`],
  ['Sites', html`<settings-sites></settings-sites>`],
  ['Data preferences', html`<settings-data-preferences></settings-data-preferences>`],
  ['Members', html`<settings-company-members></settings-company-members>`],
  ['Admin team', html`<settings-admin-team></settings-admin-team>`],
  ['API keys', html`<settings-api-keys></settings-api-keys>`],
  ['Billing', html`<settings-billing></settings-billing>`],
  ['Data repository', html`<settings-data-repository></settings-data-repository>`],
];

const atWidth = (width: number): Story => ({
  render: () => html`${panels.map(
    ([name, panel]) => html`<section aria-label=${`${name} at ${width} px`} ${inlineStyle({ marginBlockEnd: '2rem' })}>
      <h2>${name} · ${width} px</h2>
      <div data-layout-check=${`${name} at ${width} px`} ${inlineStyle({ inlineSize: `${width}px`, outline: '1px dashed #8888' })}>${panel}</div>
    </section>`,
  )}`,
});

/** A phone. */
export const At360 = atWidth(360);
/** A tablet, or a side panel beside a host's sidebar. */
export const At768 = atWidth(768);
/** A desktop page. */
export const At1280 = atWidth(1280);
