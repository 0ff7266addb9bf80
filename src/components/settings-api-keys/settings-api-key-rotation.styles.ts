import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/** The guided rotation's own rules (its steps, their heading): they arrive with its code. */
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
    row-gap: ${t.space1};
  }
`;
