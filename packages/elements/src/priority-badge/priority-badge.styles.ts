import {css} from 'lit';

/**
 * GOV.UK tag pattern (requirements §3.4): light surface, dark text, no uppercase, never a button.
 * Each category has its own colour AND its own shape (WCAG 1.4.1), so colour is never the only cue.
 * Category colours: our public `--usht-priority-badge-<category>-<role>`, else the shared role it
 * mirrors (standing: neutral, national: accent, so a host's `--usht-color-accent-*` or
 * Designsystemet's accent reaches it; Leve hele livet: success), else a literal. Text ≥ 4.5:1.
 *
 * - Dark literals apply under data-color-scheme="dark" through `--_usht-dark-*` (tokens.styles.ts says why not light-dark()); Leve hele livet text is 6.9:1 (dark 11:1).
 * - Text colour, size and font come from the ground every element sets on :host (tokens.styles.ts), which a page rule like `* { color: red }` on the host element itself cannot override.
 *   So a badge in a heading is the ground's size (16 px), not the heading's; `--usht-font-size: 1em` on it follows the text around it.
 * - Leve hele livet text falls back to `--usht-color-success-text`, resolved here: no other element uses a success colour, so the shared tokens do not carry it.
 * - The list has more room between areas than between a tag and its own button, so each pair reads as one; an open description takes a row of its own.
 * - A .line keeps the button beside its tag at any width: a long name wraps inside the tag instead (WCAG 1.4.10 at 320 px).
 * - The unknown state is dashed: it differs from every category by shape too.
 * - The shared states are made compact enough to sit in a line of text.
 * - Sizes are em; in 15 px text (the panel, the states) 42.7em is 640 px and 2.13em 32 px, as at the ground.
 *
 * (Notes live here, not in the css`` text: Lit ships that text unminified.)
 */
export const priorityBadgeStyles = css`
  :host {
    --_usht-badge-lhl-surface: var(--usht-priority-badge-lhl-surface, var(--ds-color-success-surface-tinted, var(--_usht-dark-badge-lhl-surface, #e7f4ec)));
    --_usht-badge-lhl-text: var(--usht-priority-badge-lhl-text, var(--usht-color-success-text, var(--ds-color-success-text-default, var(--_usht-dark-badge-lhl-text, #0f5f2b))));
    --_usht-badge-lhl-border: var(--usht-priority-badge-lhl-border, var(--ds-color-success-border-default, var(--_usht-dark-badge-lhl-border, #1a7f3c)));
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  :host([data-color-scheme='dark']) {
    --_usht-dark-badge-lhl-surface: #0f2e1b;
    --_usht-dark-badge-lhl-text: #86efac;
    --_usht-dark-badge-lhl-border: #86efac;
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    max-inline-size: 100%;
  }
  .list > li.open {
    flex-basis: 100%;
  }

  .line {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
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
    inline-size: 1.75em;
    block-size: 1.75em;
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
    inline-size: 1em;
    block-size: 1em;
  }

  .panel {
    box-sizing: border-box;
    max-inline-size: min(42.7em, 100%);
    margin-block-start: 0.375em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_usht-badge-border, var(--_usht-border));
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
    margin: 0 0 0.375em;
  }
  .panel p:last-child {
    margin-block-end: 0;
  }
  .panel .kind {
    font-weight: 600;
  }

  .state {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.125em 0.5em;
    font-size: 0.9375em;
  }
  .state p,
  .state p:last-child {
    margin: 0;
  }
  button.retry {
    min-block-size: 2.13em;
    padding: 0.125em 0.75em;
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
