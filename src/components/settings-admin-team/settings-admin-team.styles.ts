import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * A button whose write is in flight is aria-disabled rather than disabled: it stays focusable, so
 * keyboard focus is not lost while it waits.
 */
const busyButtonStyles = css`
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
`;

/** A row's header cell is the member's name: it reads like body text, not like a column heading. */
export const adminTeamStyles = css`
  :host {
    max-inline-size: var(--settings-admin-team-max-width, none);
  }
  [part='toolbar'] input {
    flex: 1 1 16rem;
    max-inline-size: 24rem;
  }
  [part='status']:empty {
    margin: 0;
  }
  [part='count'] {
    margin-block: 0 ${t.space2};
    font-size: ${t.fontSizeSmall};
  }
  table.list th[scope='row'] {
    font-size: inherit;
    color: inherit;
  }
  .email,
  .expiry {
    display: block;
    font-size: ${t.fontSizeSmall};
    font-weight: 400;
  }
  details > p {
    margin-block: ${t.space1} 0;
  }
  summary {
    cursor: pointer;
  }
  [part='more'] {
    margin-block-start: ${t.space4};
  }
  ${busyButtonStyles}
`;

export const memberFormStyles = css`
  :host {
    display: contents;
  }
  input[type='email'],
  select {
    inline-size: 100%;
  }
  .companies {
    margin-block-start: ${t.space2};
    padding-inline-start: ${t.space6};
  }
  .company-list {
    max-block-size: var(--settings-admin-team-company-list-height, 14rem);
    overflow-y: auto;
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusSmall};
    padding: ${t.space2};
    margin-block-end: ${t.space2};
  }
  ${busyButtonStyles}
`;
