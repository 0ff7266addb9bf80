import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * A key's fields and prefix as the dialogs and the rotation draw them, alike in both (the list's
 * rows style their prefix in the panel's own rules): the access areas one per row with a gap, the
 * masked prefix small.
 */
export const keyFieldsStyles = css`
  .prefix {
    font-size: ${t.fontSizeSmall};
  }
  .scope-areas {
    display: grid;
    gap: ${t.space2};
  }
`;
