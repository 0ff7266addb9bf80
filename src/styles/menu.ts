import { css } from 'lit';
import { t } from './tokens.js';

/**
 * Floating menus (the company switcher, row action menus): `.popup` is the floating surface placed
 * by FloatingController, items are `[role^='menuitem']`.
 */
export const menuStyles = css`
  .popup {
    /* The floating controller writes physical left/top, whatever the writing direction. */
    position: fixed;
    top: 0;
    left: 0;
    /* As a popover (top layer) it must not stretch to the viewport the UA's inset: 0 gives it. */
    right: auto;
    bottom: auto;
    overflow: visible;
    z-index: var(--settings-z-popup, 1000);
    margin: 0;
    padding: ${t.space1};
    background: ${t.colorSurface};
    color: ${t.colorText};
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusMedium};
    box-shadow: ${t.shadowPopup};
  }
  .popup[hidden] {
    display: none;
  }
  [role^='menuitem'] {
    display: block;
    padding: ${t.space2} ${t.space3};
    border-radius: ${t.radiusSmall};
    cursor: pointer;
  }
  [role^='menuitem']:hover,
  [role^='menuitem']:focus {
    background: ${t.colorAccentSurface};
    outline: none;
  }
  /* The focus ring inside the item, whatever its width. */
  [role^='menuitem']:focus-visible {
    outline: ${t.focusRingWidth} solid ${t.colorFocus};
    outline-offset: calc(-1 * ${t.focusRingWidth});
  }
`;
