import {css} from 'lit';

/**
 * Map colours: our public `--usht-centre-map-*`, then a shared token, then a `light-dark()` literal
 * (tokens.styles.ts). Markers and the focus ring keep ≥ 3:1 against the land (WCAG 1.4.11):
 * #0b5cad on #e2e8f0 is 5.6:1, #93c5fd on #2b3544 is 7.4:1. Strokes are `non-scaling-stroke`, so
 * widths are CSS px at any map size. Sizes are em of the ground (tokens.styles.ts): the heading's
 * 0.4em is the 8 px under it at 20 px. The SVG labels are sized in centre-map.ts, in CSS px.
 */
export const centreMapStyles = css`
  :host {
    --_usht-map-land: var(--usht-centre-map-land, var(--ds-color-neutral-surface-hover, light-dark(#e2e8f0, #2b3544)));
    --_usht-map-coast: var(--usht-centre-map-coast, var(--_usht-border));
    --_usht-map-marker: var(--usht-centre-map-marker, var(--_usht-accent));
  }

  .root {
    /* A long word from a feed wraps instead of widening the page (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 21em), 1fr));
    align-items: start;
    gap: 1.5em;
  }

  p {
    margin: 0;
  }
  a {
    color: var(--_usht-accent-text);
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.4em;
  }
  .hint,
  .attribution,
  .off-map {
    color: var(--_usht-text-subtle);
    font-size: 0.875em;
  }
  .note {
    margin-block-end: 1em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_usht-warning-text);
    border-inline-start-width: 0.25em;
    border-radius: var(--_usht-radius);
    background: var(--_usht-warning-surface);
    color: var(--_usht-warning-text);
  }

  /* Finder: the APG combobox with a list popup. */
  .finder {
    margin-block-end: 1.5em;
  }
  label {
    display: block;
    font-weight: 700;
  }
  .combobox {
    position: relative;
    max-inline-size: 24em;
    margin-block-start: 0.375em;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_usht-text);
    background: var(--_usht-surface);
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
  }
  [role='listbox']:not(svg) {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    max-block-size: 18em;
    overflow-y: auto;
    list-style: none;
    background: var(--_usht-surface);
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  li[role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  li[role='option']:hover {
    background: var(--_usht-surface-tinted);
  }
  li[role='option'][aria-selected='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
  }
  .number {
    font-size: 0.875em;
  }
  .answer {
    margin-block-start: 0.5em;
    font-weight: 600;
  }

  /* The list: the primary content. The selected centre has a thick bar, not only a colour. */
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--_usht-border-subtle);
    border-inline-start: 0.25em solid transparent;
    /* No content-visibility: auto here, though it would take most of the list's layout out of the
       first frame: Chromium then leaves the centres below the fold out of the accessibility tree,
       so a screen reader would not find them (test: "keeps every centre in the accessibility tree"). */
  }
  .item[data-selected] {
    border-inline-start-color: var(--_usht-accent);
    background: var(--_usht-accent-surface);
  }
  button.centre {
    display: block;
    max-inline-size: 100%;
    min-block-size: 2em;
    padding: 0.25em 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--_usht-accent-text);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  dl {
    margin: 0.25em 0 0;
  }
  /* Label and value run as text ("Vertskommune: Bergen", the space is in the template) and wrap
     like text: inline, not flex, as there are some ninety of them in the list and inline layout
     is the cheapest there is (first render, budgets.md). */
  dt,
  dd {
    display: inline;
    margin: 0;
  }

  /* The map. The skip link shows when it has focus. */
  .skip {
    display: inline-block;
    margin-block-end: 0.5em;
    padding: 0.25em 0.5em;
  }
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  svg.map {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--usht-centre-map-max-width, 36em);
    block-size: auto;
  }
  svg.map :not(text) {
    vector-effect: non-scaling-stroke;
  }
  .land {
    fill: var(--_usht-map-land);
    stroke: var(--_usht-map-coast);
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  .county {
    fill: none;
    stroke: var(--_usht-map-coast);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .county[data-current] {
    fill: var(--_usht-accent-surface);
    stroke-dasharray: none;
    stroke-width: 1.5px;
  }
  .inset {
    fill: var(--_usht-surface);
    stroke: var(--_usht-border);
    stroke-width: 1px;
  }
  .inset-region {
    fill: none;
    stroke: var(--_usht-border);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .inset-label,
  .anchor {
    fill: var(--_usht-text-subtle);
  }
  .leader {
    stroke: var(--_usht-text-subtle);
    stroke-width: 1px;
  }
  .marker {
    cursor: pointer;
  }
  .marker:focus {
    outline: none;
    box-shadow: none;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--_usht-map-marker);
    stroke: var(--_usht-surface);
    stroke-width: 2px;
  }
  .marker[data-selected] .dot {
    stroke: var(--_usht-text);
    stroke-width: 3px;
  }
  .ring {
    fill: none;
  }
  .marker:focus-visible .ring {
    stroke: var(--_usht-focus);
    stroke-width: 3px;
  }
  .marker:focus-visible .hit {
    stroke: var(--_usht-focus-inner);
    stroke-width: 2px;
  }
  .label {
    fill: var(--_usht-text);
    stroke: var(--_usht-surface);
    paint-order: stroke;
    stroke-linejoin: round;
    font-weight: 700;
    pointer-events: none;
  }
  .attribution {
    margin-block-start: 0.25em;
  }

  .details {
    margin-block-start: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .details > p,
  details {
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    svg.map {
      forced-color-adjust: none;
    }
    .land,
    .inset {
      fill: Canvas;
      stroke: CanvasText;
    }
    .county,
    .inset-region,
    .leader {
      stroke: CanvasText;
    }
    .county[data-current] {
      fill: Canvas;
      stroke-width: 3px;
    }
    .inset-label,
    .anchor,
    .label {
      fill: CanvasText;
    }
    .label {
      stroke: Canvas;
    }
    .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker[data-selected] .dot {
      fill: Highlight;
      stroke: CanvasText;
    }
    .marker:focus-visible .ring {
      stroke: Highlight;
    }
    .marker:focus-visible .hit {
      stroke: Canvas;
    }
    .item {
      border-inline-start-color: Canvas;
    }
    .item[data-selected] {
      border-inline-start-color: Highlight;
    }
    li[role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
