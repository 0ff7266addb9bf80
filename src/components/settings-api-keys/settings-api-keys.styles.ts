import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * A button that cannot act right now (a write in flight, or the typed name does not match yet) is
 * aria-disabled rather than disabled: it stays focusable, so keyboard focus is not lost meanwhile.
 */
const busyButtonStyles = css`
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button[aria-busy='true'] {
    cursor: progress;
  }
`;

export const apiKeysStyles = css`
  :host {
    max-inline-size: var(--settings-api-keys-max-width, 64rem);
  }
  [part~='toolbar'] input[type='search'] {
    min-inline-size: 14rem;
  }
  .prefix {
    font-size: ${t.fontSizeSmall};
  }
  .name {
    font-weight: 600;
  }
  td > .hint,
  td > .badge {
    display: block;
    inline-size: fit-content;
    margin-block-start: ${t.space1};
  }
  .badge,
  td button {
    white-space: nowrap;
  }
  [part='more'] {
    margin-block-start: ${t.space4};
  }
  [part='notice'].success {
    margin-block-end: ${t.space4};
  }
  ${busyButtonStyles}
`;

/** `user-select: all`: one click selects the whole secret, so copying it by hand takes no dragging. */
export const secretStyles = css`
  :host {
    display: contents;
  }
  .secret {
    display: flex;
    gap: ${t.space2};
    align-items: center;
  }
  code {
    flex: 1;
    padding: ${t.space2};
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusSmall};
    background: ${t.colorSurfaceRaised};
    word-break: break-all;
    user-select: all;
  }
`;

export const rotationStyles = css`
  :host {
    display: contents;
  }
  ol.steps {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space1} ${t.space4};
    margin: 0 0 ${t.space4};
    padding: 0;
    list-style-position: inside;
    font-size: ${t.fontSizeSmall};
    color: ${t.colorTextMuted};
  }
  ol.steps [aria-current='step'] {
    color: ${t.colorText};
    font-weight: 600;
  }
  h3 {
    margin-block: 0 ${t.space2};
    font-size: inherit;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${t.space1} ${t.space4};
  }
  dd {
    margin: 0;
  }
  ${busyButtonStyles}
`;
