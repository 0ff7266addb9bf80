import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/localize.js';
import { t } from '../../styles/tokens.js';

/**
 * One block of a loading skeleton, drawn in the element (and so with the styles) of what it
 * stands for, so it takes the same height: `heading` an `<h3>`, `text` a paragraph, `term` one
 * row of a record (term and value), `field` a labelled input, `choice` a checkbox row, `actions`
 * a row of buttons. A `FieldSkeleton` is a labelled field of a given control, with its hint.
 * Any template is drawn as it is: a list's table from `renderTableSkeleton`, or a panel's own
 * shape such as an avatar (give it the `bone` class).
 */
export type SkeletonBlock = 'heading' | 'text' | 'term' | 'field' | 'choice' | 'actions' | FieldSkeleton | TemplateResult;

/** A labelled field's skeleton: its control (`input` unless told) and, with `hint`, the line of help under it. */
export interface FieldSkeleton {
  readonly field: 'input' | 'select' | 'choice';
  readonly hint?: boolean | undefined;
}

/** A grey bar of a line's height; `bone control` is one of an input's or a button's height. */
export const bone = html`<span class="bone"></span>`;

/**
 * A grey bar exactly as tall as the engine draws the control it stands for: the control itself,
 * hidden, gives the bar its height (a select is taller in WebKit than in Chromium, for one).
 */
const controlBones = {
  input: html`<span class="bone control sized"><input /></span>`,
  select: html`<span class="bone control sized"><select></select></span>`,
};

function fieldBlock({ field, hint }: FieldSkeleton): TemplateResult {
  const hintLine = hint ? html`<p class="hint">${bone}</p>` : nothing;
  if (field === 'choice') return html`<div class="field"><div class="choice">${bone}</div>${hintLine}</div>`;
  return html`<div class="field"><div>${bone}</div>${controlBones[field]}${hintLine}</div>`;
}

const blocks: Record<Extract<SkeletonBlock, string>, TemplateResult> = {
  heading: html`<h3>${bone}</h3>`,
  text: html`<p>${bone}</p>`,
  term: html`<p class="term">${bone} ${bone}</p>`,
  field: fieldBlock({ field: 'input' }),
  choice: html`<div class="choice">${bone}</div>`,
  actions: html`<div class="actions"><span class="bone control"></span><span class="bone control"></span></div>`,
};

const drawBlock = (block: SkeletonBlock) =>
  typeof block === 'string' ? blocks[block] : 'field' in block ? fieldBlock(block) : block;

/**
 * The loading state of a panel: the shape of what loads, in grey, so nothing below it jumps when it
 * arrives. Assistive technology hears only the label ("Loading…"), as with `renderLoading`:
 *
 * ```ts
 * renderResource(this.#profile, {
 *   loading: () => renderSkeleton(['heading', 'field', 'field', 'actions']),
 *   complete: (profile) => …,
 * });
 * renderPagedList(this.#sites, { loading: () => renderSkeleton([renderTableSkeleton({ columns, actions })]), … });
 * ```
 */
export function renderSkeleton(shape: readonly SkeletonBlock[], label: string = msg('state.loading')): TemplateResult {
  return html`<div part="state skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    <div aria-hidden="true" inert>${shape.map(drawBlock)}</div>
  </div>`;
}

/** The loading state before a read's first answer when no skeleton is given: one "Loading…" line. */
export function renderLoading(label: string = msg('state.loading')): TemplateResult {
  return html`<div part="state" role="status" aria-busy="true">${label}</div>`;
}

/**
 * The bones: a line's height (inline) or a control's (`.control`). Part of `SettingsPanel.styles`;
 * a sub-element that is not a panel adds it beside `formStyles` to draw skeletons.
 */
export const skeletonStyles = css`
  .bone {
    display: inline-block;
    vertical-align: middle;
    inline-size: 10em;
    max-inline-size: 80%;
    block-size: 0.75em;
    border-radius: ${t.radiusSmall};
    background: ${t.colorBorder};
  }
  /* A share of its cell, never a fixed width: the cells of a table skeleton shrink with the table. */
  :is(td, th) .bone {
    inline-size: 75%;
  }
  .bone.control {
    display: block;
    inline-size: 16em;
    max-inline-size: 100%;
    /* as tall as an input or button of formStyles: a line, its padding and its border */
    block-size: max(2rem, calc(1lh + 2 * ${t.space1} + 2px));
  }
  /* its height from the hidden control inside it (see controlBones) */
  .bone.control.sized {
    block-size: auto;
  }
  .bone.sized > * {
    display: block;
    inline-size: 100%;
    visibility: hidden;
  }
  .actions .bone.control {
    inline-size: 6em;
  }
  p.term {
    margin-block: 0 ${t.space2};
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
