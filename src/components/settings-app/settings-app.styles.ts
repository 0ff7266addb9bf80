import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const appStyles = css`
  /* The layout follows the shell's width, which its parent gives it as it gives any block. */
  .frame {
    container-type: inline-size;
  }
  /*
   * A parent that takes its width from its content (a centred flex row, a grid's auto column)
   * would find none in a container, whose width is found without its content, and leave the shell
   * a sliver. This line, never shown nor read, offers one: about 70rem where there is room, one
   * letter's where there is not (a letter a line), so it never pushes a parent wider than it is.
   */
  .strut {
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    word-spacing: 8rem;
  }
  .strut::before {
    content: 'x x x x x x x x x';
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, var(--settings-app-nav-width, 16rem)) minmax(0, 1fr);
    gap: ${t.space8};
    align-items: start;
  }
  /* Wide: the navigation beside the content, always open. */
  .section-menu {
    display: none;
  }
  /*
   * Narrow (a phone, a side panel): the content comes first, under a one-line section menu; the
   * navigation unfolds from it and folds again once a section is chosen.
   */
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: ${t.space4};
    }
    .section-menu {
      display: flex;
      justify-content: space-between;
      align-items: center;
      inline-size: 100%;
      text-align: start;
    }
    .section-menu::after {
      content: '▾';
      margin-inline-start: ${t.space2};
    }
    .section-menu[aria-expanded='true']::after {
      content: '▴';
    }
    [part='nav']:not(.open) {
      display: none;
    }
  }
  [part='nav'] {
    display: flex;
    flex-direction: column;
    gap: ${t.space4};
  }
  .group-label {
    margin: 0 0 ${t.space1};
    font-size: ${t.fontSizeSmall};
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${t.colorTextMuted};
  }
  settings-company-switcher {
    margin-block-end: ${t.space2};
  }
  /* Its code is on its way: the room its button takes, so the links below do not move when it comes. */
  settings-company-switcher:not(:defined) {
    display: block;
    min-block-size: max(2rem, calc(1lh + 2 * ${t.space1} + 2px));
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='nav-link'] {
    display: block;
    padding-block: ${t.space2};
    padding-inline: ${t.space3};
    border-radius: ${t.radiusSmall};
    color: inherit;
    text-decoration: none;
  }
  [part~='nav-link']:hover {
    background: ${t.colorSurfaceRaised};
  }
  [part~='nav-link'][aria-current='page'] {
    background: ${t.colorAccentSurface};
    color: ${t.colorAccent};
    font-weight: 600;
  }
  [part='hidden-help'] {
    font-size: ${t.fontSizeSmall};
    border-block-start: 1px solid ${t.colorBorder};
    padding-block-start: ${t.space3};
  }
  [part='hidden-help'] summary {
    cursor: pointer;
    color: ${t.colorAccent};
  }
  [part='hidden-help'] li {
    margin-block: ${t.space2};
  }
  [part='hidden-help'] .hidden-name {
    font-weight: 600;
  }
  [part='content'] {
    /* Wide tables scroll inside the section instead of spilling over the host's layout. */
    min-inline-size: 0;
    overflow-x: auto;
  }
  [part='header'] {
    margin-block-end: ${t.space6};
  }
  [part='header'] h2 {
    margin: 0;
    font-size: ${t.fontSizeLarge};
  }
  .scope-name {
    margin: 0 0 ${t.space1};
    font-size: ${t.fontSizeSmall};
    color: ${t.colorTextMuted};
  }
  .scope-description {
    margin: ${t.space1} 0 0;
    color: ${t.colorTextMuted};
  }
`;
