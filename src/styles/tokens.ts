import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Every value is read as `var(--settings-*, <literal>)`, so the elements look right
 * with no host stylesheet and a host themes them by setting the custom properties anywhere above.
 * Colours use `light-dark()` and follow the inherited `color-scheme`.
 */
const tokens = {
  colorText: 'var(--settings-color-text, light-dark(#1f2328, #e6e8eb))',
  colorTextMuted: 'var(--settings-color-text-muted, light-dark(#59636e, #9aa4af))',
  colorSurface: 'var(--settings-color-surface, light-dark(#ffffff, #16181d))',
  colorSurfaceRaised: 'var(--settings-color-surface-raised, light-dark(#f6f8fa, #1f232a))',
  colorBorder: 'var(--settings-color-border, light-dark(#d1d9e0, #3a414b))',
  /** Boundaries of controls (inputs, buttons) need 3:1 against the surface (WCAG 1.4.11). */
  colorBorderStrong: 'var(--settings-color-border-strong, light-dark(#818b98, #6e7781))',
  colorAccent: 'var(--settings-color-accent, light-dark(#0b5cd6, #6ea8ff))',
  colorAccentText: 'var(--settings-color-accent-text, light-dark(#ffffff, #0d1117))',
  colorAccentSurface: 'var(--settings-color-accent-surface, light-dark(#e8f0fe, #1c2b45))',
  colorDanger: 'var(--settings-color-danger, light-dark(#c62828, #ff8a80))',
  colorDangerSurface: 'var(--settings-color-danger-surface, light-dark(#fdecea, #3b1d1d))',
  colorWarningSurface: 'var(--settings-color-warning-surface, light-dark(#fff8e1, #3a3119))',
  colorFocus: 'var(--settings-color-focus, light-dark(#0b5cd6, #6ea8ff))',
  space1: 'var(--settings-space-1, 0.25rem)',
  space2: 'var(--settings-space-2, 0.5rem)',
  space3: 'var(--settings-space-3, 0.75rem)',
  space4: 'var(--settings-space-4, 1rem)',
  space6: 'var(--settings-space-6, 1.5rem)',
  space8: 'var(--settings-space-8, 2rem)',
  radiusSmall: 'var(--settings-radius-small, 4px)',
  radiusMedium: 'var(--settings-radius-medium, 8px)',
  fontSizeSmall: 'var(--settings-font-size-small, 0.875rem)',
  fontSizeLarge: 'var(--settings-font-size-large, 1.25rem)',
  shadowPopup: 'var(--settings-shadow-popup, 0 4px 16px rgb(0 0 0 / 0.18))',
} as const;

type TokenName = keyof typeof tokens;

/** `t.colorAccent` etc. as CSS values ready for `css` templates. */
export const t = Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, unsafeCSS(v)])) as Record<TokenName, ReturnType<typeof unsafeCSS>>;

/** Shared baseline every element includes first. */
export const baseStyles = css`
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
    outline: 2px solid ${t.colorFocus};
    outline-offset: 2px;
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
    cursor: pointer;
    border-radius: ${t.radiusSmall};
    border: 1px solid ${t.colorBorderStrong};
    background: ${t.colorSurface};
    color: ${t.colorText};
    padding-block: ${t.space1};
    padding-inline: ${t.space3};
    min-block-size: 2rem;
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

/** The token table (property names and defaults), for documentation built from it. */
export { tokens as tokenDefinitions };
