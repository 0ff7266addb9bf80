import { css } from 'lit';
import { t } from '../../styles/tokens.js';

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
  /* The key's name opens its details: a button that reads and wraps like text. */
  button.name {
    padding: 0;
    border: 0;
    background: none;
    color: ${t.colorAccent};
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .expiring ul {
    margin: ${t.space2} 0;
    padding-inline-start: ${t.space4};
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
`;
