import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * Row headers (`tbody th`) read as body text, not as the small column headings. Pending buttons
 * stay focusable (aria-disabled rather than disabled), so keyboard focus is not lost while they wait.
 */
export const membersStyles = css`
  [part='header'] {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
  .toolbar {
    align-items: end;
  }
  .toolbar .field {
    margin: 0;
  }
  .email,
  .expiry {
    display: block;
    font-weight: normal;
    font-size: ${t.fontSizeSmall};
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
  [part='notice'] > p,
  [part='notice'] ~ [role='alert'] {
    margin-block: 0 ${t.space4};
  }
  .self-warning {
    background: ${t.colorWarningSurface};
    font-weight: 600;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
`;
