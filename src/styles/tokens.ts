import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Every value is read as `var(--settings-*, <literal>)`, so the elements look right
 * with no host stylesheet and a host themes them by setting the custom properties anywhere above.
 *
 * Colours: the property, its light default and its dark default. The default follows the inherited
 * `color-scheme` through `light-dark()` where the engine has it, and is the light one where it has
 * not (Chrome/Edge < 123, Firefox < 120, Safari < 17.5): there a `light-dark()` in the value would
 * make every declaration reading the token invalid — transparent surfaces, inherited text — and a
 * plain declaration before it would not help, since a value with `var()` is only checked once
 * substituted. So each colour reads `var(--settings-color-x, var(--_color-x, <light>))`, and
 * `baseStyles` sets `--_color-x: light-dark(<light>, <dark>)` on `:host`, only under
 * `@supports (color: light-dark(…))`.
 */
const colors = {
  colorText: ['--settings-color-text', '#1f2328', '#e6e8eb'],
  colorTextMuted: ['--settings-color-text-muted', '#59636e', '#9aa4af'],
  colorSurface: ['--settings-color-surface', '#ffffff', '#16181d'],
  colorSurfaceRaised: ['--settings-color-surface-raised', '#f6f8fa', '#1f232a'],
  colorBorder: ['--settings-color-border', '#d1d9e0', '#3a414b'],
  /** Boundaries of controls (inputs, buttons) need 3:1 against the surface (WCAG 1.4.11). */
  colorBorderStrong: ['--settings-color-border-strong', '#818b98', '#6e7781'],
  colorAccent: ['--settings-color-accent', '#0b5cd6', '#6ea8ff'],
  colorAccentText: ['--settings-color-accent-text', '#ffffff', '#0d1117'],
  colorAccentSurface: ['--settings-color-accent-surface', '#e8f0fe', '#1c2b45'],
  colorDanger: ['--settings-color-danger', '#c62828', '#ff8a80'],
  colorDangerSurface: ['--settings-color-danger-surface', '#fdecea', '#3b1d1d'],
  colorWarningSurface: ['--settings-color-warning-surface', '#fff8e1', '#3a3119'],
  colorFocus: ['--settings-color-focus', '#0b5cd6', '#6ea8ff'],
} as const;

/** Everything else: one value in every scheme. */
const others = {
  space1: 'var(--settings-space-1, 0.25rem)',
  space2: 'var(--settings-space-2, 0.5rem)',
  space3: 'var(--settings-space-3, 0.75rem)',
  space4: 'var(--settings-space-4, 1rem)',
  space6: 'var(--settings-space-6, 1.5rem)',
  space8: 'var(--settings-space-8, 2rem)',
  controlHeight: 'var(--settings-control-height, 2rem)',
  controlPaddingBlock: 'var(--settings-control-padding-block, var(--settings-space-1, 0.25rem))',
  controlPaddingInline: 'var(--settings-control-padding-inline, var(--settings-space-2, 0.5rem))',
  buttonPaddingInline: 'var(--settings-button-padding-inline, var(--settings-space-3, 0.75rem))',
  buttonFontWeight: 'var(--settings-button-font-weight, inherit)',
  focusRingWidth: 'var(--settings-focus-ring-width, 2px)',
  focusRingOffset: 'var(--settings-focus-ring-offset, 2px)',
  focusRingShadow: 'var(--settings-focus-ring-shadow, none)',
  radiusSmall: 'var(--settings-radius-small, 4px)',
  radiusMedium: 'var(--settings-radius-medium, 8px)',
  fontSizeSmall: 'var(--settings-font-size-small, 0.875rem)',
  fontSizeLarge: 'var(--settings-font-size-large, 1.25rem)',
  shadowPopup: 'var(--settings-shadow-popup, 0 4px 16px rgb(0 0 0 / 0.18))',
} as const;

type TokenName = keyof typeof colors | keyof typeof others;

/** `t.colorAccent` etc. as CSS values ready for `css` templates. */
export const t = {} as Record<TokenName, CSSResult>;
/** `--_color-x:light-dark(<light>,<dark>);` for every colour, for engines with `light-dark()` only. */
let schemeDefaults = '';
for (const [key, [property, light, dark]] of Object.entries(colors)) {
  const own = `--_${property.slice('--settings-'.length)}`;
  t[key as TokenName] = unsafeCSS(`var(${property},var(${own},${light}))`);
  schemeDefaults += `${own}:light-dark(${light},${dark});`;
}
for (const [key, value] of Object.entries(others)) t[key as TokenName] = unsafeCSS(value);
const colorSchemeDefaults = unsafeCSS(`@supports (color:light-dark(#000,#fff)){:host{${schemeDefaults}}}`);

/** Shared baseline every element includes first. */
export const baseStyles = css`
  ${colorSchemeDefaults}
  :host {
    display: block;
    /* The host's text colour unless themed; surfaces we paint set their own. */
    color: var(--settings-color-text, inherit);
    font: inherit;
    box-sizing: border-box;
    /* A name or address with no space in it (a 5,000-character value from the server) wraps
       instead of pushing the host's page sideways; table columns may shrink below one long word. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: ${t.focusRingWidth} solid ${t.colorFocus};
    outline-offset: ${t.focusRingOffset};
  }
  /* A host's box-shadow ring; never over a surface's own shadow (a dialog's, a menu's). */
  :where(:focus-visible) {
    box-shadow: ${t.focusRingShadow};
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    font-weight: ${t.buttonFontWeight};
    cursor: pointer;
    border-radius: ${t.radiusSmall};
    border: 1px solid ${t.colorBorderStrong};
    background: ${t.colorSurface};
    color: ${t.colorText};
    padding-block: ${t.controlPaddingBlock};
    padding-inline: ${t.buttonPaddingInline};
    min-block-size: ${t.controlHeight};
  }
  button.primary {
    background: ${t.colorAccent};
    border-color: ${t.colorAccent};
    color: ${t.colorAccentText};
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .notice {
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusMedium};
    padding: ${t.space4};
    background: ${t.colorSurfaceRaised};
    color: ${t.colorText};
  }
  .notice > p {
    margin-block: 0 ${t.space2};
  }
  .notice > p:last-child {
    margin-block-end: 0;
  }
  .notice[role='alert'] {
    border-color: ${t.colorDanger};
    background: ${t.colorDangerSurface};
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  /* <settings-dialog> has no shadow root: its native dialog is styled by the owner's sheet. */
  settings-dialog {
    display: contents;
  }
  settings-dialog > dialog {
    inline-size: min(var(--settings-dialog-width, 32rem), calc(100vw - 2rem));
    padding: ${t.space6};
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusMedium};
    background: ${t.colorSurface};
    color: ${t.colorText};
    box-shadow: ${t.shadowPopup};
  }
  /* Body children fill a row each; the actions share the last row, end-aligned, in DOM order. */
  settings-dialog > dialog[open] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: ${t.space3} ${t.space2};
  }
  settings-dialog > dialog > :not([slot='actions']) {
    flex: 1 0 100%;
    margin-block: 0;
  }
  settings-dialog > dialog > [slot='actions'] {
    order: 1;
    margin-block-start: ${t.space3};
  }
  settings-dialog > dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  settings-dialog > dialog > h2 {
    font-size: ${t.fontSizeLarge};
  }
`;

/**
 * The token table, for documentation built from it: each token's property and its default
 * (`light-dark(<light>, <dark>)` for a colour), as `var(<property>, <default>)`. Built by a pure
 * function, so bundles that do not read it drop it.
 */
export const tokenDefinitions: Record<TokenName, string> = /* @__PURE__ */ (() =>
  Object.fromEntries([
    ...Object.entries(colors).map(([key, [property, light, dark]]) => [key, `var(${property}, light-dark(${light}, ${dark}))`]),
    ...Object.entries(others),
  ]) as Record<TokenName, string>)();
