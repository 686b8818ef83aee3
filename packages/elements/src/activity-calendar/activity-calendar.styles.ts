import {css} from 'lit';

// No comments inside css``: they would ship in the bundle. Notes:
// - td .titles: one text node, a line per title (white-space: pre), each line cut with an ellipsis.
// - Sizes are em, from the ground on :host (tokens.styles.ts), never rem: a host page's root size
//   is not ours (issue 14). A font-size in em is of the parent's: the tag's 0.875em sits in an
//   item's heading, which is 1em, so it is 14 px at the 16 px ground.
// - .week is 40 px at the 16 px ground: 2.86em of its 14 px text (2.33em of 12 px when narrow);
//   a day heading's 0.22em is the 4 px above its rule at 18 px; a tag's 0.43em its 6 px at 14 px.
// - @container (max-width: 36em), e.g. 320 px: the grid keeps its seven columns; the titles' text
//   is hidden (one clipped line, visibility: hidden) and the day's number of activities shows
//   instead (::before, from data-count, visible again, inside an aria-hidden span: screen readers
//   hear the count from the cell's own text). Not font-size: 0 on the titles: the count's own size
//   would then have to be rem, the host page's root. Container query lengths in em are the host's.
export const styles = css`
  :host {
    --_cell: var(--usht-calendar-cell-min-height, 5.5em);
    container-type: inline-size;
  }
  .calendar {
    display: grid;
    gap: 1em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .filters,
  .filters-inner {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em 1em;
    align-items: end;
  }
  .filters {
    padding: 1em;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .field {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  .field input,
  .field select {
    box-sizing: border-box;
    font-weight: 400;
    min-block-size: 2.75em;
    min-inline-size: 0;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
  }
  .more-filters {
    grid-column: 1 / -1;
  }
  .more-filters summary {
    inline-size: fit-content;
    padding-block: 0.5em 0.75em;
    color: var(--_usht-accent-text);
    font-weight: 600;
    cursor: pointer;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75em;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_usht-accent);
  }
  .secondary,
  .views button {
    min-block-size: 2.75em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
  }
  .views {
    display: inline-flex;
    gap: 0.25em;
  }
  .views button[aria-pressed='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    font-weight: 600;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
  }
  .count {
    margin: 0;
    font-weight: 600;
    flex: auto;
  }
  .note {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
  }
  .state > button + button {
    margin-inline-start: 0.5em;
  }
  .heading {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .list,
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group + .group {
    margin-block-start: 1.5em;
  }
  .group > .heading {
    padding-block-end: 0.22em;
    border-block-end: 2px solid var(--_usht-border-subtle);
  }
  .today {
    font-weight: 400;
    color: var(--_usht-text-subtle);
  }
  .item {
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_usht-border-subtle);
    overflow-wrap: anywhere;
  }
  .item > .heading {
    font-size: 1em;
  }
  .item p,
  .facts {
    margin: 0.25em 0 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }
  .facts dt {
    color: var(--_usht-text-subtle);
  }
  .facts dd {
    margin: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.43em;
    border: 1px solid;
    border-radius: var(--_usht-radius);
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_usht-warning-text);
  }
  [data-status='cancelled'] .tag {
    color: var(--_usht-danger-text);
  }
  [data-status='cancelled'] .title {
    text-decoration: line-through;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
  }
  a,
  .link {
    color: var(--_usht-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link {
    padding: 0.5em 0;
    border: 0;
    background: none;
  }
  .more {
    margin-block-start: 1em;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  .month-nav .heading {
    text-transform: capitalize;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    padding: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    text-align: start;
  }
  .week {
    inline-size: 2.86em;
    color: var(--_usht-text-subtle);
    font-weight: 400;
  }
  td {
    block-size: var(--_cell);
    padding: 0.25em;
    vertical-align: top;
    border: 1px solid var(--_usht-border-subtle);
    cursor: pointer;
    overflow: hidden;
  }
  td.outside {
    background: var(--_usht-surface-tinted);
    color: var(--_usht-text-subtle);
  }
  td[aria-selected='true'] {
    background: var(--_usht-accent-surface);
    box-shadow: inset 0 0 0 2px var(--_usht-accent);
  }
  td[aria-current='date'] .num {
    display: inline-block;
    min-inline-size: 1.75em;
    border-radius: 1em;
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    text-align: center;
  }
  td:focus-visible {
    outline-offset: -0.25em;
  }
  td .num {
    display: block;
  }
  td .titles {
    display: block;
    font-size: 0.8125em;
    line-height: 1.35;
    white-space: pre;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .help {
    margin: 0;
    font-size: 0.875em;
    color: var(--_usht-text-subtle);
  }
  @container (max-width: 36em) {
    td .titles {
      font-size: 0.75em;
      visibility: hidden;
      max-block-size: 1lh;
    }
    td .titles[data-count]::before {
      content: attr(data-count);
      display: inline-block;
      min-inline-size: 1.67em;
      border-radius: 1em;
      background: var(--_usht-accent-surface);
      color: var(--_usht-accent-text);
      font-weight: 700;
      text-align: center;
      visibility: visible;
    }
    td {
      block-size: 3em;
    }
    .week {
      inline-size: 2.33em;
    }
    th {
      font-size: 0.75em;
      padding-inline: 0.125em;
    }
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .views button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
