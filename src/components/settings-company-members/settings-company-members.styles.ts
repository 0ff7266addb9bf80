import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * What only this panel draws (the rest is in formStyles): the heading, the admin-team source, the failed resend above the list and the warning
 * before you remove yourself.
 */
export const membersStyles = css`
  [part='header'] {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
  .source {
    font-size: ${t.fontSizeSmall};
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space1} ${t.space2};
    align-items: center;
  }
  .source a {
    color: ${t.colorAccent};
  }
  [part='status'] ~ [role='alert'] {
    margin-block: 0 ${t.space4};
  }
  .self-warning {
    background: ${t.colorWarningSurface};
    font-weight: 600;
  }
`;
