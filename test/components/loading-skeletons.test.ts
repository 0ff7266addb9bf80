import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsClient } from '../../src/api/client.js';
import { renderInProvider } from '../support/render.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';

/**
 * Issue 9: loading states hold the space of what they load, so a host's page below the settings
 * area does not jump when the data arrives. Every read but the session is held until `release()`,
 * so the loading state can be measured, then the loaded panel.
 */
function heldClient(): { client: SettingsClient; release: () => void } {
  const client = createMockClient({ persona: 'owner', db: createMockDb() });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || name === 'getSession') return value;
      return async (...args: unknown[]) => {
        await released;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { client: held, release };
}

async function loadingAndLoaded(tag: string, width = 900) {
  const { client, release } = heldClient();
  const content: TemplateResult = html`<div style="inline-size: ${width}px">${staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`}</div>`;
  const { element: frame } = await renderInProvider<HTMLElement>(content, { client });
  const panel = frame.firstElementChild as SettingsPanel;
  // Its loading state: the first render (its reads wait for the release below).
  await panel.updateComplete;
  const root = panel.shadowRoot!;
  const skeleton = root.querySelector<HTMLElement>('[part~=skeleton]');
  const row = skeleton?.querySelector('tr[part=row]');
  const loading = {
    height: panel.getBoundingClientRect().height,
    width: Math.max(panel.scrollWidth, skeleton?.scrollWidth ?? 0),
    skeleton,
    headings: headingsOf(root),
    rowDisplay: row && getComputedStyle(row).display,
  };
  release();
  await panel.taskComplete;
  expect(root.querySelector('[aria-busy=true]'), `${tag} never loaded`).to.equal(null);
  return { loading, loaded: { height: panel.getBoundingClientRect().height, headings: headingsOf(root) } };
}

/** Each panel is measured once per width; the tests below read different facts from it. */
const measured = new Map<string, ReturnType<typeof loadingAndLoaded>>();
function measure(tag: string, width = 900) {
  const key = `${tag} ${width}`;
  if (!measured.has(key)) measured.set(key, loadingAndLoaded(tag, width));
  return measured.get(key)!;
}

/** The column headings of the first list table. */
function headingsOf(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('table.list thead th')].map((th) => th.textContent.trim());
}

const forms = ['settings-profile', 'settings-preferences', 'settings-membership', 'settings-data-preferences', 'settings-data-repository'];
/** How many rows a list loads is not known before it answers: these hold its head and a few rows. */
const lists = ['settings-billing', 'settings-sites', 'settings-company-members', 'settings-admin-team', 'settings-api-keys'];

describe('loading skeletons', () => {
  for (const tag of [...forms, ...lists]) {
    it(`${tag}: shows the shape of what loads, announced as "Loading…" only`, async () => {
      const { loading } = await measure(tag);
      const skeleton = loading.skeleton!;
      expect(skeleton, 'no skeleton while loading').to.not.equal(null);
      expect([skeleton.getAttribute('role'), skeleton.getAttribute('aria-busy')]).to.deep.equal(['status', 'true']);
      expect(skeleton.querySelector('.visually-hidden')!.textContent.trim()).to.equal('Loading…');
      const shapes = skeleton.querySelector('[aria-hidden=true]')!;
      expect(shapes.querySelectorAll('.bone').length).to.be.greaterThan(2);
      // Nothing in it to tab to or click: it is a picture of the panel, not the panel. (Some bones
      // take their height from a hidden control of the engine's own drawing.)
      const controls = [...skeleton.querySelectorAll('a, button, input, select, textarea, [tabindex]')];
      expect(controls.every((control) => control.closest('[inert]') !== null)).to.equal(true);
    });
  }

  for (const tag of forms) {
    it(`${tag}: holds the height of what loads (within 15 %), so nothing below it jumps`, async () => {
      const { loading, loaded } = await measure(tag);
      expect(Math.abs(loading.height - loaded.height), `${Math.round(loading.height)} px loading, ${Math.round(loaded.height)} px loaded`).to.be.at.most(
        loaded.height * 0.15,
      );
    });
  }

  for (const tag of lists) {
    it(`${tag}: draws the table's own head over grey rows`, async () => {
      const { loading, loaded } = await measure(tag);
      expect(loading.headings).to.deep.equal(loaded.headings);
      expect(loading.skeleton!.querySelectorAll('tbody tr').length).to.be.at.least(5);
    });
  }

  for (const tag of lists) {
    it(`${tag}: its skeleton fits a 768 px container, as the list does`, async () => {
      const { loading } = await measure(tag, 768);
      expect(loading.width).to.be.at.most(768);
    });
  }

  it('stacks a list skeleton into cards in a narrow container, as the list itself', async () => {
    expect((await measure('settings-sites')).loading.rowDisplay).to.equal('table-row');
    expect((await measure('settings-sites', 360)).loading.rowDisplay).to.equal('grid');
  });
});
