import { css } from 'lit';
/**
 * GOV.UK tag pattern (requirements §3.4): light surface, dark text, no uppercase, never a button.
 * Each category has its own colour AND its own shape (WCAG 1.4.1), so colour is never the only cue.
 * Category colours: our public `--usht-priority-badge-<category>-<role>`, else the shared role it
 * mirrors (standing: neutral, national: accent, so a host's `--usht-color-accent-*` or
 * Designsystemet's accent reaches it; Leve hele livet: success), else a literal. Text ≥ 4.5:1.
 */
export const priorityBadgeStyles = css `
  :host {
    --_usht-badge-lhl-surface: var(--usht-priority-badge-lhl-surface, var(--ds-color-success-surface-tinted, #e7f4ec));
    --_usht-badge-lhl-text: var(--usht-priority-badge-lhl-text, var(--_usht-success-text)); /* 6.9:1 */
    --_usht-badge-lhl-border: var(--usht-priority-badge-lhl-border, var(--ds-color-success-border-default, #1a7f3c));
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([data-color-scheme='dark']) {
    --_usht-badge-lhl-surface: var(--usht-priority-badge-lhl-surface, var(--ds-color-success-surface-tinted, #0f2e1b));
    --_usht-badge-lhl-border: var(--usht-priority-badge-lhl-border, var(--ds-color-success-border-default, #86efac));
  }

  .root {
    /* Our own colour, not only the host's: a page rule like "* { color: red }" reaches the host element. */
    color: var(--_usht-text);
    font-family: var(--_usht-font);
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    /* More room between areas than between a tag and its own button, so each pair reads as one. */
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    max-inline-size: 100%;
  }
  /* An open description takes a row of its own instead of stretching one item. */
  .list > li.open {
    flex-basis: 100%;
  }

  /* The button stays beside its tag at any width; a long name wraps inside the tag instead. */
  .line {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-inline-size: 100%;
  }

  .badge {
    position: relative;
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    flex: 0 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_usht-badge-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-badge-surface);
    color: var(--_usht-badge-text);
    font-size: 0.9375em;
    font-weight: 400;
    line-height: 1.4;
    text-transform: none;
    overflow-wrap: anywhere;
  }
  [data-category='standing'] {
    --_usht-badge-surface: var(--usht-priority-badge-standing-surface, var(--_usht-surface-tinted));
    --_usht-badge-text: var(--usht-priority-badge-standing-text, var(--_usht-text));
    --_usht-badge-border: var(--usht-priority-badge-standing-border, var(--_usht-border));
  }
  [data-category='national'] {
    --_usht-badge-surface: var(--usht-priority-badge-national-surface, var(--_usht-accent-surface));
    --_usht-badge-text: var(--usht-priority-badge-national-text, var(--_usht-accent-text));
    --_usht-badge-border: var(--usht-priority-badge-national-border, var(--_usht-accent));
  }
  [data-category='leve-hele-livet'] {
    --_usht-badge-surface: var(--_usht-badge-lhl-surface);
    --_usht-badge-text: var(--_usht-badge-lhl-text);
    --_usht-badge-border: var(--_usht-badge-lhl-border);
  }
  [data-category='unknown'] {
    --_usht-badge-surface: var(--_usht-warning-surface);
    --_usht-badge-text: var(--_usht-warning-text);
    --_usht-badge-border: var(--_usht-warning-text);
  }
  /* Dashed: the unknown state differs from every category by shape too. */
  [data-category='unknown'] .badge {
    border-style: dashed;
  }

  .category {
    display: inline-flex;
    align-self: center;
  }
  .icon {
    inline-size: 0.75em;
    block-size: 0.75em;
    flex: none;
    fill: currentColor;
  }
  .name {
    min-inline-size: 0;
  }

  .about {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 1px solid var(--_usht-border);
    border-radius: 50%;
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
    font: inherit;
    cursor: pointer;
  }
  .about[aria-expanded='true'] {
    background: var(--_usht-accent-surface);
    border-color: var(--_usht-accent);
  }
  .about .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .panel {
    box-sizing: border-box;
    max-inline-size: min(40rem, 100%);
    margin-block-start: 0.375rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_usht-badge-border, var(--_usht-border));
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
    color: var(--_usht-text);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .panel[hidden] {
    display: none;
  }
  .panel p {
    margin: 0 0 0.375rem;
  }
  .panel p:last-child {
    margin-block-end: 0;
  }
  .panel .kind {
    font-weight: 600;
  }

  /* The shared states, compact enough to sit in a line of text. */
  .state {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.9375em;
  }
  .state p,
  .state p:last-child {
    margin: 0;
  }
  button.retry {
    min-block-size: 2rem;
    padding: 0.125rem 0.75rem;
  }

  @media (forced-colors: active) {
    .badge,
    .about {
      border-color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
  }
`;
//# sourceMappingURL=priority-badge.styles.js.map