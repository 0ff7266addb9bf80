import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { minifyCss, minifyCssTemplates } from '../../scripts/build/minify-css-literals.js';

/**
 * What the browser makes of a stylesheet: its rules as it serializes them. A `var()` keeps its
 * fallback's text as written, so the space after a comma there is not compared (it means nothing).
 */
function parsed(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ','));
}

/** Every stylesheet our elements adopt, as the source writes it (tests run unminified sources). */
function ourStylesheets(): { tag: string; css: string }[] {
  const names = [
    'settings-provider', 'settings-app', 'settings-company-switcher', 'settings-action-menu', 'settings-profile',
    'settings-preferences', 'settings-membership', 'settings-sites', 'settings-data-preferences', 'settings-company-members',
    'settings-admin-team', 'settings-admin-team-form', 'settings-api-keys', 'settings-api-key-rotation', 'settings-api-key-secret',
    'settings-billing', 'settings-data-repository',
  ];
  return names.flatMap((tag) => {
    const element = customElements.get(tag) as typeof LitElement | undefined;
    return (element?.elementStyles ?? []).map((style) => ({ tag, css: 'cssText' in style ? style.cssText : '' }));
  });
}

describe('minify-css-literals (the build step that squeezes our css templates)', () => {
  it('changes no rule of any stylesheet our elements adopt, as the browser reads it', () => {
    const sheets = ourStylesheets();
    expect(sheets.length).to.be.greaterThan(30);
    for (const { tag, css } of sheets) {
      expect(parsed(minifyCss(css)), tag).to.deep.equal(parsed(css));
      expect(minifyCss(css).length, tag).to.be.lessThan(css.length);
    }
  });

  it('keeps strings, descendant combinators and the space between two values', () => {
    const css = `
      /* a comment with an apostrophe: it's gone */
      time:focus-visible::after { content: ' (' attr(title) ', ' ')'; }
      table.list  th ,  dl > div { gap: 1px  2px ; }
      .a :focus { margin: 0 }
    `;
    expect(minifyCss(css)).to.equal(` time:focus-visible::after{content:' (' attr(title) ', ' ')'}table.list th,dl>div{gap:1px 2px}.a :focus{margin:0}`);
  });

  it('squeezes only the static text of css templates, never their ${} expressions or other code', () => {
    const source = [
      '/** Styles for `css` templates. */',
      'const a = css`',
      '  .x {',
      '    gap: ${t.space2} ${t.space4};',
      '  }',
      '`;',
      'const b = html`<p class="x">  keep  </p>`;',
    ].join('\n');
    expect(minifyCssTemplates(source)).to.equal(
      ['/** Styles for `css` templates. */', 'const a = css` .x{gap:${t.space2} ${t.space4}}`;', 'const b = html`<p class="x">  keep  </p>`;'].join('\n'),
    );
  });
});
