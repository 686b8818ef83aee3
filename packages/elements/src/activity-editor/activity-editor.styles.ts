import {css} from 'lit';

// The editor's own look on top of the shared form styles (shared/form.styles.ts): the list, the
// error summary at the top (GOV.UK), buttons. Targets are at least 44 px high (WCAG 2.5.5 AAA,
// comfortably over 2.5.8); long words and URLs wrap at 320 px (1.4.10).
export const editorStyles = css`
  .editor {
    max-inline-size: var(--usht-editor-max-width, 48rem);
    background: var(--_usht-surface);
    color: var(--_usht-text);
    overflow-wrap: anywhere;
  }
  .editor * {
    min-inline-size: 0;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
    margin: 1.5rem 0 0.5rem;
  }
  .h0 {
    font-size: 1.5rem;
    margin-block-start: 0;
  }
  .h1 {
    font-size: 1.25rem;
  }
  .h2 {
    font-size: 1.0625rem;
    margin-block: 0.25rem;
  }
  .intro,
  .hint,
  .optional,
  .meta,
  .pending {
    color: var(--_usht-text-subtle);
  }
  .optional {
    font-weight: 400;
  }
  p {
    margin: 0.5rem 0;
  }
  section {
    margin-block-start: 2rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .storage[data-kind='warning'] {
    border-color: var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.375rem 1rem;
    border: 2px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    cursor: pointer;
  }
  .primary {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    font-weight: 700;
  }
  .secondary {
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
  }
  .warning {
    border-color: var(--_usht-danger-text);
    background: var(--_usht-danger-text);
    color: var(--_usht-surface);
    font-weight: 700;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.link {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    cursor: pointer;
  }
  .activities {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .activity {
    padding: 0.75rem 0.25rem;
    border-block-end: 1px solid var(--_usht-border-subtle);
  }
  .activity .buttons {
    margin-block: 0.5rem 0;
  }
  .activity .button {
    padding-inline: 0.75rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0;
  }
  .tag {
    padding: 0.125rem 0.5rem;
    border-radius: var(--_usht-radius);
    background: var(--_usht-accent-surface);
    color: var(--_usht-accent-text);
    font-weight: 400;
  }
  [data-status='cancelled'] .tag {
    background: var(--_usht-danger-surface);
    color: var(--_usht-danger-text);
    font-weight: 700;
  }
  [data-status='cancelled'] [role='heading'] span {
    text-decoration: line-through;
  }
  .confirm {
    margin-block-start: 0.5rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.3rem solid var(--_usht-danger-text);
    background: var(--_usht-danger-surface);
  }
  .group > legend {
    font-size: 1.125rem;
    margin-block: 1rem 0.5rem;
  }
  .session {
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.3rem solid var(--_usht-border-subtle);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  textarea.input {
    resize: vertical;
  }
  .input.date {
    max-inline-size: 9rem;
  }
  .input.short {
    max-inline-size: 6rem;
  }
  .category legend {
    font-weight: 400;
    font-style: italic;
  }
  .translations {
    margin-block-end: 1rem;
  }
  .translations summary {
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    cursor: pointer;
  }
  .error-summary {
    margin-block: 1rem;
    padding: 1rem;
    border: 0.25rem solid var(--_usht-danger-text);
  }
  .error-summary .heading {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_usht-danger-text);
    font-weight: 700;
  }
  .server-report:not(:empty) {
    margin-block-start: 1.5rem;
  }
  .server-problems > li + li {
    margin-block-start: 0.75rem;
  }
  .report ul,
  .server-problems,
  .next {
    padding-inline-start: 1.25rem;
  }
  code {
    font-size: 0.9375em;
    padding: 0 0.25rem;
    background: var(--_usht-surface-tinted);
    border-radius: var(--_usht-radius);
  }
  .file {
    font: inherit;
    min-block-size: 2.75rem;
  }
  @media (forced-colors: active) {
    .primary,
    .warning {
      border-color: ButtonText;
    }
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
