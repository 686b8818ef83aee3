import {css} from 'lit';

// No comments inside css``: they would ship in the bundle. Notes:
// - td .titles: one text node, a line per title (white-space: pre), each line cut with an ellipsis.
// - @container (max-width: 36rem), e.g. 320 px: the grid keeps its seven columns; the titles' text
//   shrinks to nothing and the day's number of activities shows instead (::before, from data-count,
//   inside an aria-hidden span: screen readers hear the count from the cell's own text).
export const styles = css`
  :host {
    --_cell: var(--usht-calendar-cell-min-height, 5.5rem);
    container-type: inline-size;
  }
  .calendar {
    display: grid;
    gap: 1rem;
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
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: end;
  }
  .filters {
    padding: 1rem;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  .field input,
  .field select {
    box-sizing: border-box;
    font-weight: 400;
    min-block-size: 2.75rem;
    min-inline-size: 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
  }
  .more-filters {
    grid-column: 1 / -1;
  }
  .more-filters summary {
    inline-size: fit-content;
    padding-block: 0.5rem 0.75rem;
    color: var(--_usht-accent-text);
    font-weight: 600;
    cursor: pointer;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_usht-accent);
  }
  .secondary,
  .views button {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
  }
  .views {
    display: inline-flex;
    gap: 0.25rem;
  }
  .views button[aria-pressed='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    font-weight: 600;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
  }
  .count {
    margin: 0;
    font-weight: 600;
    flex: 1 1 auto;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
  }
  .state > button + button {
    margin-inline-start: 0.5rem;
  }
  .heading {
    font-weight: 700;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .list,
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group + .group {
    margin-block-start: 1.5rem;
  }
  .group > .heading {
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_usht-border-subtle);
  }
  .today {
    font-weight: 400;
    color: var(--_usht-text-subtle);
  }
  .item {
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_usht-border-subtle);
    overflow-wrap: anywhere;
  }
  .item > .heading {
    font-size: 1rem;
  }
  .item p,
  .facts {
    margin: 0.25rem 0 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  .facts dt {
    color: var(--_usht-text-subtle);
  }
  .facts dd {
    margin: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--_usht-radius);
    font-size: 0.875rem;
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
    gap: 0.25rem 1rem;
    align-items: center;
  }
  a,
  .link {
    color: var(--_usht-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link {
    padding: 0.5rem 0;
    border: 0;
    background: none;
  }
  .more {
    margin-block-start: 1rem;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
    padding: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    text-align: start;
  }
  .week {
    inline-size: 2.5rem;
    color: var(--_usht-text-subtle);
    font-weight: 400;
  }
  td {
    block-size: var(--_cell);
    padding: 0.25rem;
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
    min-inline-size: 1.75rem;
    border-radius: 1rem;
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    text-align: center;
  }
  td:focus-visible {
    outline-offset: -0.25rem;
  }
  td .num {
    display: block;
  }
  td .titles {
    display: block;
    font-size: 0.8125rem;
    line-height: 1.35;
    white-space: pre;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .help {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_usht-text-subtle);
  }
  @container (max-width: 36rem) {
    td .titles {
      font-size: 0;
    }
    td .titles[data-count]::before {
      content: attr(data-count);
      display: inline-block;
      min-inline-size: 1.25rem;
      border-radius: 1rem;
      background: var(--_usht-accent-surface);
      color: var(--_usht-accent-text);
      font-size: 0.75rem;
      font-weight: 700;
      text-align: center;
    }
    td {
      block-size: 3rem;
    }
    .week {
      inline-size: 1.75rem;
    }
    th {
      font-size: 0.75rem;
      padding-inline: 0.125rem;
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
