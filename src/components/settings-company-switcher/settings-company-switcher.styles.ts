import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const switcherStyles = css`
  :host {
    position: relative;
  }
  .label {
    display: block;
    font-size: ${t.fontSizeSmall};
    color: ${t.colorTextMuted};
    margin-block-end: ${t.space1};
  }
  [part='trigger'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${t.space2};
    inline-size: 100%;
    text-align: start;
  }
  [part='trigger']::after {
    content: '';
    border-inline: 0.3em solid transparent;
    border-block-start: 0.35em solid currentColor;
  }
  .single {
    margin: 0;
    font-weight: 600;
  }
  [part='popup'] {
    min-inline-size: 14rem;
    max-inline-size: 22rem;
    max-block-size: min(24rem, var(--_available-height, 24rem));
    display: flex;
    flex-direction: column;
  }
  input {
    font: inherit;
    color: inherit;
    background: ${t.colorSurface};
    border: 1px solid ${t.colorBorderStrong};
    border-radius: ${t.radiusSmall};
    padding: ${t.space1} ${t.space2};
    margin: ${t.space1};
  }
  [role='menu'] {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-y: auto;
  }
  [role='menuitemradio'] {
    position: relative;
    display: flex;
    flex-direction: column;
    padding-inline-start: ${t.space6};
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
  [role='menuitemradio'][aria-checked='true']::before {
    content: '✓';
    position: absolute;
    inset-inline-start: ${t.space2};
  }
  .granted {
    font-size: ${t.fontSizeSmall};
    font-weight: normal;
    color: ${t.colorTextMuted};
  }
  .no-match {
    margin: ${t.space2};
    color: ${t.colorTextMuted};
  }
`;
