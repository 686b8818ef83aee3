import {css} from 'lit';

/**
 * GOV.UK form patterns in our tokens, for every element with a form (the checklist, the activity
 * editor): labels above controls, hints under labels, the error message above the control with a
 * red bar, 44 px targets (WCAG 2.5.8), and the consent-to-storage block (shared/remember.ts).
 */
export const formStyles = css`
  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .radio,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_usht-accent);
  }
  .field {
    margin-block-end: 1rem;
  }
  .field[data-invalid] {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.3rem solid var(--_usht-danger-text);
  }
  .field > label {
    display: block;
    font-weight: 700;
  }
  .field > .hint {
    margin: 0.125rem 0 0.25rem;
  }
  .error-message {
    margin: 0.25rem 0;
    font-weight: 700;
    color: var(--_usht-danger-text);
  }
  .input {
    box-sizing: border-box;
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
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
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.3rem solid var(--_usht-accent);
    background: var(--_usht-surface-tinted);
  }
  .notice p,
  .storage p {
    margin: 0.25rem 0;
  }
  .stored {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
`;
