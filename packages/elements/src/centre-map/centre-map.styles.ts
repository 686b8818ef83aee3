import {css} from 'lit';

/**
 * The list, the finder and the states. Sizes are em of the ground (tokens.styles.ts): the heading's
 * 0.4em is the 8 px under it at 20 px. The drawn map's styles and colours come with its code
 * (map-drawing.styles.ts), the finder's suggestions with theirs (municipality-finder.styles.ts).
 */
export const centreMapStyles = css`

  .root {
    /* A long word from a feed wraps instead of widening the page (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  /* The list beside the map where both fit, the list the wider: a centre's two lines stay two. */
  .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1.5em;
  }
  .list {
    flex: 3 1 21em;
    min-inline-size: 0;
  }
  .map-column {
    flex: 2 1 16em;
    min-inline-size: 0;
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
    padding: 0.25em 0.75em 0.375em;
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
  /* A disclosure (APG): the name is the button, a triangle says whether its details are open. */
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
  button.centre::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.5em;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.5em solid currentColor;
  }
  button.centre[aria-expanded='true']::before {
    rotate: 90deg;
  }
  :host(:dir(rtl)) button.centre[aria-expanded='false']::before {
    rotate: 180deg;
  }
  dl {
    margin: 0;
  }
  /* Closed, a centre is two lines: its name, then host and area side by side (they wrap on a
     narrow screen). 21 of them were most of a host page's height with every fact shown. */
  .summary {
    font-size: 0.875em;
  }
  /* Label and value run as text ("Vertskommune: Bergen", the space is in the template) and wrap
     like text: inline, not flex, as there are some ninety of them in the list and inline layout
     is the cheapest there is (first render, budgets.md). */
  dt,
  dd {
    display: inline;
    margin: 0;
  }

  .details {
    margin-block-start: 0.5em;
    padding-inline-start: 1em;
  }
  .details > p {
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .item {
      border-inline-start-color: Canvas;
    }
    .item[data-selected] {
      border-inline-start-color: Highlight;
    }
  }
`;
