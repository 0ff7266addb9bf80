import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * Row headers (`tbody th`) read as body text, not as the small column headings. Pending buttons
 * stay focusable (aria-disabled rather than disabled), so keyboard focus is not lost while they wait.
 */
export const sitesStyles = css`
  [part='header'] {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
  .toolbar {
    align-items: end;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space4};
  }
  .toolbar .field {
    margin: 0;
  }
  [part='notice'] > p {
    margin-block: 0 ${t.space4};
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
`;
