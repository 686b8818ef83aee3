import {css} from 'lit';

/**
 * GOV.UK form patterns in our tokens, for every element with a form (the checklist, the activity
 * editor): labels above controls, hints under labels, the error message above the control with a
 * red bar, 44 px targets (WCAG 2.5.8), and the consent-to-storage block (shared/remember.ts).
 * Sizes are em of the element's ground (tokens.styles.ts). Radios and checkboxes take the ground's
 * font: a control's own is the browser's 13.33 px, which would make their 1.5em 20 px, not 24.
 */
export const formStyles = css`
  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .radio,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
  }
  input[type='radio'],
  input[type='checkbox'] {
    font: inherit;
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_usht-accent);
  }
  .field {
    margin-block-end: 1em;
  }
  .field[data-invalid] {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3em solid var(--_usht-danger-text);
  }
  .field > label {
    display: block;
    font-weight: 700;
  }
  .field > .hint {
    margin: 0.125em 0 0.25em;
  }
  .error-message {
    margin: 0.25em 0;
    font-weight: 700;
    color: var(--_usht-danger-text);
  }
  .input {
    box-sizing: border-box;
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-text);
  }
  .field[data-invalid] .input {
    border-color: var(--_usht-danger-text);
  }
  .storage,
  .notice:not(:empty) {
    margin-block: 1em;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--_usht-accent);
    background: var(--_usht-surface-tinted);
  }
  /* A kept record this version cannot read (shared/remember.ts renderKeptRecord). */
  .storage[data-kind='warning'] {
    border-color: var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
  }
  .notice p,
  .storage p {
    margin: 0.25em 0;
  }
  .stored {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
`;
