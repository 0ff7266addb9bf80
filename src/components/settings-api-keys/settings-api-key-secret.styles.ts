import { css } from 'lit';
import { t } from '../../styles/tokens.js';

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
