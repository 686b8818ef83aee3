import {css} from 'lit';

/**
 * The drawn map's styles, adopted by <usht-centre-map> when the drawing's code has loaded. Map
 * colours: our public `--usht-centre-map-*`, then a shared token, then a literal, its dark one set
 * under data-color-scheme="dark" (tokens.styles.ts). Markers and the focus ring keep ≥ 3:1 against
 * the land (WCAG 1.4.11): #0b5cad on #e2e8f0 is 5.6:1, #93c5fd on #2b3544 is 7.4:1. Strokes are
 * `non-scaling-stroke`, so widths are CSS px at any map size; the SVG labels are sized in
 * map-drawing.ts, in CSS px.
 */
export const mapDrawingStyles = css`
  :host {
    --_usht-map-land: var(--usht-centre-map-land, var(--ds-color-neutral-surface-hover, var(--_usht-dark-map-land, #e2e8f0)));
    --_usht-map-coast: var(--usht-centre-map-coast, var(--_usht-border));
    --_usht-map-marker: var(--usht-centre-map-marker, var(--_usht-accent));
  }
  :host([data-color-scheme='dark']) {
    --_usht-dark-map-land: #2b3544;
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
  }
`;
