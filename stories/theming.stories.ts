import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { tokenDocs, tokenGroups } from '../src/styles/token-docs.js';
import { tokenDefinitions } from '../src/styles/tokens.js';

/**
 * Theming: the design tokens (from their one source, `src/styles/tokens.ts` + `token-docs.ts`, the
 * same the README table is written from), every element's `::part`s and own custom properties (from
 * `custom-elements.json`), two very different host themes side by side, a page stylesheet reaching
 * inside the shell through its parts, and the area in light and dark. The story smoke runs axe — colour contrast included — on each.
 */
const meta: Meta = { title: 'Theming/Tokens and parts' };
export default meta;
type Story = StoryObj;

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}
const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName && (d.cssParts?.length || d.cssProperties?.length));

const property = (value: string) => /var\((--settings-[\w-]+), (.+)\)$/.exec(value) ?? ['', value, ''];

/** Every token, grouped, with its default and what it is for. */
export const Tokens: Story = {
  render: () => html`
    <table>
      <caption>Design tokens (set them on any element above the settings elements)</caption>
      <thead><tr><th scope="col">Group</th><th scope="col">Custom property</th><th scope="col">Default</th><th scope="col">Use</th></tr></thead>
      <tbody>
        ${tokenGroups.flatMap((group) =>
          Object.entries(tokenDefinitions)
            .filter(([key]) => tokenDocs[key]?.group === group)
            .map(([key, value]) => {
              const [, name, fallback] = property(value);
              return html`<tr><td>${group}</td><td><code>${name}</code></td><td><code>${fallback}</code></td><td>${tokenDocs[key]!.use}</td></tr>`;
            }),
        )}
      </tbody>
    </table>
  `,
};

/** Every element's parts and own custom properties; no element defines custom states. */
export const PartsAndProperties: Story = {
  render: () => html`${declarations.map(
    (d) => html`<section aria-labelledby=${`parts-${d.tagName}`}>
      <h2 id=${`parts-${d.tagName}`}><code>&lt;${d.tagName}&gt;</code></h2>
      <ul>
        ${(d.cssParts ?? []).map((p) => html`<li><code>::part(${p.name})</code> — ${p.description ?? ''}</li>`)}
        ${(d.cssProperties ?? []).map((p) => html`<li><code>${p.name}</code>${p.default ? html` (default <code>${p.default}</code>)` : ''} — ${p.description ?? ''}</li>`)}
      </ul>
    </section>`,
  )}`,
};

/** Sets custom properties through CSSOM (a strict CSP forbids style attributes). */
const themed = (properties: Record<string, string>) =>
  ref((el) => {
    if (el instanceof HTMLElement) for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value);
  });

/** "Harbor": a dark, square, dense product theme. */
const harbor = {
  'color-scheme': 'dark',
  background: '#0f1720',
  color: '#e8eef5',
  padding: '1rem',
  '--settings-color-text': '#e8eef5',
  '--settings-color-text-muted': '#a9b6c4',
  '--settings-color-surface': '#16212d',
  '--settings-color-surface-raised': '#1d2a38',
  '--settings-color-border': '#2e3d4d',
  '--settings-color-border-strong': '#7b8ea3',
  '--settings-color-accent': '#5eead4',
  '--settings-color-accent-text': '#0f1720',
  '--settings-color-accent-surface': '#123a3a',
  '--settings-color-focus': '#fbbf24',
  '--settings-radius-small': '0',
  '--settings-radius-medium': '0',
  '--settings-space-4': '0.75rem',
};

/** "Meadow": a light, round, roomy brand theme with larger headings. */
const meadow = {
  'color-scheme': 'light',
  background: '#fbf8f1',
  color: '#2d2a24',
  padding: '1rem',
  '--settings-color-text': '#2d2a24',
  '--settings-color-text-muted': '#5f5a50',
  '--settings-color-surface': '#fffdf8',
  '--settings-color-surface-raised': '#f3ede0',
  '--settings-color-border': '#e2d9c6',
  '--settings-color-border-strong': '#8a8170',
  '--settings-color-accent': '#6d28d9',
  '--settings-color-accent-text': '#ffffff',
  '--settings-color-accent-surface': '#ede5fb',
  '--settings-color-focus': '#6d28d9',
  '--settings-radius-small': '10px',
  '--settings-radius-medium': '18px',
  '--settings-space-4': '1.25rem',
  '--settings-font-size-large': '1.6rem',
};

/**
 * Two very different host themes side by side, set only through tokens: the whole area in one, two
 * panels embedded on their own in the other (one `<settings-app>` per page keeps its landmarks unique).
 */
export const HostThemes: Story = {
  render: () => html`
    <div ${themed({ display: 'grid', 'grid-template-columns': '1fr 1fr', gap: '1rem' })}>
      <section aria-label="Harbor theme" ${themed(harbor)}><settings-app section="organization/api-keys"></settings-app></section>
      <section aria-label="Meadow theme" ${themed(meadow)}>
        <settings-profile></settings-profile>
        <settings-api-keys></settings-api-keys>
      </section>
    </div>
  `,
};

/**
 * The area in its dark scheme (the provider's `theme="dark"`) on a dark page. The elements take the
 * page's text colour (`--settings-color-text` to set it), so the page sets a light one, as a dark page does.
 */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => html`<div ${themed({ background: '#0d1117', color: '#e6e8eb', padding: '1rem' })}><settings-app section="organization/api-keys"></settings-app></div>`,
};

/**
 * A host page's stylesheet reaching inside `<settings-app>`: the kit's shared parts bare (`row`: every
 * list of every section), a panel's parts as `<section>-<part>` (`sites-header`), and the control and
 * focus-ring tokens (a box-shadow ring; Tab to a control). Scoped to this story's wrapper, and adopted
 * through CSSOM, which a strict CSP allows (a `<style>` element it would block).
 */
const pageCss = `.host-page {
  --settings-control-height: 2.5rem;
  --settings-button-font-weight: 600;
  --settings-color-focus: transparent;
  --settings-focus-ring-offset: 0;
  --settings-focus-ring-shadow: 0 0 0 3px rgb(124 58 237 / 0.5);
}
.host-page settings-app::part(row) { background: #f5f3ff; }
.host-page settings-app::part(sites-row):hover { background: #ede9fe; }
.host-page settings-app::part(sites-header) { color: #5b21b6; }
.host-page settings-app::part(toolbar) { padding-inline-start: 0.75rem; border-inline-start: 4px solid #7c3aed; }`;
let pageSheet: CSSStyleSheet | undefined;
const adoptPageCss = ref(() => {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(pageCss);
  }
  if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
});

export const PartsInsideTheShell: Story = {
  render: () => html`
    <div class="host-page" ${adoptPageCss}>
      <details>
        <summary>The page's stylesheet</summary>
        <pre><code>${pageCss}</code></pre>
      </details>
      <settings-app section="company/sites"></settings-app>
    </div>
  `,
};

/** The area in its light scheme (the provider's `theme="light"`). */
export const Light: Story = {
  parameters: { theme: 'light' },
  render: () => html`<settings-app section="organization/api-keys"></settings-app>`,
};
