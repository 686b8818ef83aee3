import {css} from 'lit';

// The editor's own look on top of the shared form styles (shared/form.styles.ts): the list, the
// error summary at the top (GOV.UK), buttons. Targets are at least 44 px high (WCAG 2.5.5 AAA,
// comfortably over 2.5.8); long words and URLs wrap at 320 px (1.4.10). Sizes are em of the
// ground (tokens.styles.ts); margins of larger text are scaled back to the ground's spacing
// (a heading's 1.2em 0 0.4em is 24 and 8 px at 20 px, 0.33em 8 px at 24 px;
// a legend's 0.9em 0.45em is 16 and 8 px at 18 px).
export const editorStyles = css`
  .editor {
    max-inline-size: var(--usht-editor-max-width, 48em);
    background: var(--_usht-surface);
    overflow-wrap: anywhere;
  }
  .editor * {
    min-inline-size: 0;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
    margin: 1.2em 0 0.4em;
  }
  .h0 {
    font-size: 1.5em;
    margin-block: 0 0.33em;
  }
  .h1 {
    font-size: 1.25em;
  }
  .h2 {
    font-size: 1.0625em;
    margin-block: 0.25em;
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
    margin: 0.5em 0;
  }
  section {
    margin-block-start: 2em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  .button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.375em 1em;
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
    min-block-size: 2.75em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    cursor: pointer;
  }
  .activities {
    list-style: none;
    margin: 1em 0 0;
    padding: 0;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .activity {
    padding: 0.75em 0.25em;
    border-block-end: 1px solid var(--_usht-border-subtle);
  }
  .activity .buttons {
    margin-block: 0.5em 0;
  }
  .activity .button {
    padding-inline: 0.75em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0;
  }
  .tag {
    padding: 0.125em 0.5em;
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
    margin-block-start: 0.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--_usht-danger-text);
    background: var(--_usht-danger-surface);
  }
  .group > legend {
    font-size: 1.125em;
    margin-block: 0.9em 0.45em;
  }
  .session {
    padding: 0.5em 0.75em;
    border-inline-start: 0.3em solid var(--_usht-border-subtle);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  textarea.input {
    resize: vertical;
  }
  .input.date {
    max-inline-size: 9em;
  }
  .input.short {
    max-inline-size: 6em;
  }
  .category legend {
    font-weight: 400;
    font-style: italic;
  }
  .translations {
    margin-block-end: 1em;
  }
  .translations summary {
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    cursor: pointer;
  }
  .error-summary {
    margin-block: 1em;
    padding: 1em;
    border: 0.25em solid var(--_usht-danger-text);
  }
  .error-summary .heading {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_usht-danger-text);
    font-weight: 700;
  }
  .server-report:not(:empty) {
    margin-block-start: 1.5em;
  }
  .server-problems > li + li {
    margin-block-start: 0.75em;
  }
  .report ul,
  .server-problems,
  .next {
    padding-inline-start: 1.25em;
  }
  code {
    /* A family list that is not the lone generic 'monospace': with that alone, Firefox scales the
       size down to its monospace default (11.25 px where Chromium shows 15 px). */
    font-family: ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace;
    font-size: 0.9375em;
    padding: 0 0.25em;
    background: var(--_usht-surface-tinted);
    border-radius: var(--_usht-radius);
  }
  .file {
    font: inherit;
    min-block-size: 2.75em;
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
