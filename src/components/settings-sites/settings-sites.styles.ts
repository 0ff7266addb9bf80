import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/** What only this panel draws: the heading naming the company (the rest is in formStyles). */
export const sitesStyles = css`
  [part='header'] {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
`;
