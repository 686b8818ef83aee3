import {css} from 'lit';

// Styles of the calendar's parts that load on demand (calendar-extras.ts, date-picker-dialog.ts):
// added to the calendar's shadow root when they load, so they do not weigh on its entry.
// No comments inside css``: they would ship in the bundle. Notes:
// - dialog.picker: native <dialog> opened with showModal(), so it sits in the top layer and the
//   page behind it is inert; it still inherits the calendar's tokens through the shadow tree.
// - .filters-inner aligns its fields at the top once the date fields (with a hint line, perhaps an
//   error) are there: aligned at the bottom, the labels would stagger.
// - Up to 24em of viewport (320 px) the dialog fills the width less a margin, and its month
//   heading takes a row of its own above the four buttons.
// - .date-row input: inline-size 0 and flex-grow, so the field's width, not the input's intrinsic
//   size, sets the row (at 320 px the intrinsic size pushed the form 19 px wide).

export const extrasStyles = css`
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    margin: 0;
  }
  .subscribe-label {
    font-weight: 600;
  }
  .filters-inner {
    align-items: start;
  }
  .date-field label {
    font-weight: 600;
  }
  .hint {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_usht-text-subtle);
  }
  .date-row {
    display: flex;
    gap: 0.25em;
  }
  .date-row input {
    flex: auto;
    inline-size: 0;
  }
  .pick {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75em;
    padding: 0.375em;
  }
  .pick svg {
    fill: currentColor;
  }
  .date-field input[aria-invalid='true'] {
    border: 2px solid var(--_usht-danger-text);
  }
  .error {
    font-weight: 400;
    color: var(--_usht-danger-text);
  }
  .error::before {
    content: '⚠ ';
  }
  dialog.picker {
    box-sizing: border-box;
    inline-size: min(22em, calc(100vw - 1em));
    max-block-size: calc(100dvh - 1em);
    padding: 1em;
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-text);
    overflow: auto;
  }
  dialog.picker::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .picker-nav {
    display: flex;
    gap: 0.25em;
    align-items: center;
  }
  .picker-nav button {
    min-inline-size: 2.75em;
    padding-inline: 0.25em;
  }
  .picker-nav .heading {
    flex: auto;
    text-align: center;
    font-size: 1em;
  }
  .picker table {
    margin-block: 0.75em;
  }
  .picker th {
    text-align: center;
    padding: 0.25em 0;
  }
  .picker td {
    block-size: 2.75em;
    padding: 0;
    text-align: center;
    vertical-align: middle;
  }
  .picker td[aria-current='date'] {
    font-weight: 700;
    text-decoration: underline;
  }
  .picker td[aria-selected='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    box-shadow: none;
  }
  .picker td:focus-visible {
    outline: 3px solid var(--_usht-focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_usht-focus-inner);
  }
  .picker .help {
    margin: 0 0 0.86em;
  }
  .picker-actions {
    display: flex;
    justify-content: flex-end;
  }
  @media (max-width: 24em) {
    dialog.picker {
      padding: 0.75em 0.5em;
    }
    .picker-nav {
      flex-wrap: wrap;
      justify-content: space-between;
    }
    .picker-nav .heading {
      order: -1;
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .picker td[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    dialog.picker {
      border: 2px solid CanvasText;
    }
    .date-field input[aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;
