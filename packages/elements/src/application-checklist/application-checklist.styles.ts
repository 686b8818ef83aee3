import {css} from 'lit';

// GOV.UK task list look: the whole row is the target, "Completed" is plain text so the remaining
// work draws the eye, "Cannot start yet" is grey and not a link, only "There is a problem" is red.
// Sizes are em of the ground (tokens.styles.ts): a group heading's 0.42em is the 8 px under it at
// 19 px, a hint's 0.27em the 4 px above it at 15 px.
export const checklistStyles = css`
  .checklist {
    max-inline-size: var(--usht-checklist-max-width, 48em);
    background: var(--_usht-surface);
    /* Long words from data or a user (a URL, a compound) must wrap at 320 px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  .checklist * {
    min-inline-size: 0;
  }
  [role='heading'] {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  .title {
    font-size: 1.5em;
  }
  .scheme,
  .hint,
  .source {
    color: var(--_usht-text-subtle);
  }
  .scheme {
    margin: 0.25em 0 0;
  }
  .summary {
    font-weight: 700;
    margin: 1em 0;
  }
  .group {
    margin-block-start: 1.5em;
  }
  .subheading {
    font-size: 1.1875em;
  }
  .group .subheading {
    margin-block-end: 0.42em;
  }
  .tasks {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .task {
    border-block-end: 1px solid var(--_usht-border-subtle);
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: 1em;
    padding: 0.75em 0.25em;
  }
  .row:has(button.name:hover) {
    background: var(--_usht-surface-tinted);
  }
  .name {
    grid-column: 1;
    font: inherit;
    font-weight: 400;
    text-align: start;
    color: var(--_usht-text);
  }
  button.name {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The whole row is the target (GOV.UK), without wrapping the hint inside the button. */
  button.name::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  button.name[aria-expanded='true'] {
    font-weight: 700;
  }
  .row .hint {
    grid-column: 1;
    margin-block-start: 0.27em;
    font-size: 0.9375em;
  }
  .status {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: start;
    text-align: end;
  }
  .tag {
    display: inline-block;
    font-weight: 400;
    padding: 0.125em 0.5em;
    border-radius: var(--_usht-radius);
    background: var(--_usht-accent-surface);
    color: var(--_usht-accent-text);
    white-space: nowrap;
  }
  [data-status='completed'] .tag {
    padding-inline: 0;
    background: none;
    color: var(--_usht-text);
  }
  [data-status='cannot-start-yet'] .tag,
  [data-status='not-applicable'] .tag {
    padding-inline: 0;
    background: none;
    color: var(--_usht-text-subtle);
  }
  [data-status='problem'] .tag {
    background: var(--_usht-danger-surface);
    color: var(--_usht-danger-text);
    font-weight: 700;
  }
  .panel {
    padding: 0 0.25em 1em;
  }
  .panel > .hint {
    margin-block: 0 0.75em;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  .inline legend {
    inline-size: 100%;
  }
  .input {
    max-inline-size: 20em;
  }
  .amount {
    max-inline-size: 12em;
    font-variant-numeric: tabular-nums;
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    background: var(--_usht-surface-tinted);
  }
  a {
    color: var(--_usht-accent-text);
  }
  .tools {
    margin-block-start: 2em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.375em 0.875em;
    border: 2px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
    cursor: pointer;
  }
  .state[data-kind='warning'] {
    border-color: var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
    color: var(--_usht-text);
  }

  @media (max-width: 30em) {
    .row {
      grid-template-columns: 1fr;
    }
    .status {
      grid-column: 1;
      grid-row: auto;
      text-align: start;
      margin-block-start: 0.25em;
    }
  }

  @media (forced-colors: active) {
    .tag {
      border: 1px solid CanvasText;
    }
    [data-status='completed'] .tag {
      border: 0;
    }
  }

  /* The print view: every task with its answers and amounts, without the controls. */
  @media print {
    .checklist {
      max-inline-size: none;
    }
    .tools,
    .storage,
    .notice,
    .choices:not(.inline),
    button.name::after {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
    button.name {
      color: inherit;
      text-decoration: none;
      font-weight: 700;
    }
    .task {
      break-inside: avoid;
    }
    .tag {
      background: none;
      padding-inline: 0;
      font-weight: 700;
    }
  }
`;
