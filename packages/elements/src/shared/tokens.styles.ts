import {css} from 'lit';

/**
 * Design tokens, resolved once into private `--_usht-*` properties (style.md §6): our public
 * `--usht-*` property, then Designsystemet's `--ds-*` token, then a literal that passes WCAG AA on
 * its background (contrast ratios noted beside each). We never declare a public `--usht-*` here:
 * on `:host` it would override what the page sets on an ancestor. Each literal is the light one,
 * behind a `--_usht-dark-*` property that `data-color-scheme="dark"` sets below. Not
 * `light-dark()`: in a browser without it (Safari before 17.5, Chrome before 123, Firefox before
 * 120) every colour that used it would be invalid, the focus ring and borders gone (issue 15).
 *
 * The typographic ground (issue 14): shadow DOM keeps a page's selectors out, not what the host
 * element inherits, and a page rule such as `* { font-size: 22px; line-height: 3; color: #f0f }`
 * matches the host element itself. For normal declarations the page's context wins over `:host`;
 * for `!important` ones ours does (CSS Cascade 4, "context"), so the ground is `!important`: size
 * from `--usht-font-size`, else `medium` (the reader's own default size, WCAG 1.4.4; never rem,
 * which is the host page's root), line height, weight, family, colour, letter spacing and
 * alignment. Everything below sizes in em from it. Only these properties: `all` would also take a
 * host's legitimate margin on the element. A host that set `font-size` or `color` on the element
 * itself now uses `--usht-font-size` and `--usht-color-text`.
 */
export const tokens = css`
  :host {
    --_usht-text: var(--usht-color-text, var(--ds-color-neutral-text-default, var(--_usht-dark-text, #1e2b3c))); /* 14.4:1 on white */
    --_usht-text-subtle: var(--usht-color-text-subtle, var(--ds-color-neutral-text-subtle, var(--_usht-dark-text-subtle, #4b5563))); /* 7.6:1 */
    --_usht-surface: var(--usht-color-surface, var(--ds-color-neutral-background-default, var(--_usht-dark-surface, #ffffff)));
    --_usht-surface-tinted: var(--usht-color-surface-tinted, var(--ds-color-neutral-surface-tinted, var(--_usht-dark-surface-tinted, #f3f5f8)));
    --_usht-border: var(--usht-color-border, var(--ds-color-neutral-border-default, var(--_usht-dark-border, #6b7280))); /* 4.8:1, non-text ≥ 3:1 */
    --_usht-border-subtle: var(--usht-color-border-subtle, var(--ds-color-neutral-border-subtle, var(--_usht-dark-border-subtle, #d1d5db)));
    --_usht-accent: var(--usht-color-accent, var(--ds-color-accent-base-default, var(--_usht-dark-accent, #0b5cad))); /* 6.6:1 */
    --_usht-accent-text: var(--usht-color-accent-text, var(--ds-color-accent-text-default, var(--_usht-dark-accent-text, #0b4a8b)));
    --_usht-on-accent: var(--usht-color-on-accent, var(--ds-color-accent-base-contrast-default, var(--_usht-dark-on-accent, #ffffff)));
    --_usht-accent-surface: var(--usht-color-accent-surface, var(--ds-color-accent-surface-tinted, var(--_usht-dark-accent-surface, #e8f1fb)));
    --_usht-danger-text: var(--usht-color-danger-text, var(--ds-color-danger-text-default, var(--_usht-dark-danger-text, #a4161a))); /* 7.4:1 */
    --_usht-danger-surface: var(--usht-color-danger-surface, var(--ds-color-danger-surface-tinted, var(--_usht-dark-danger-surface, #fdecec)));
    --_usht-warning-text: var(--usht-color-warning-text, var(--ds-color-warning-text-default, var(--_usht-dark-warning-text, #7a4a00))); /* 7.0:1 */
    --_usht-warning-surface: var(--usht-color-warning-surface, var(--ds-color-warning-surface-tinted, var(--_usht-dark-warning-surface, #fff4e0)));
    --_usht-focus: var(--usht-color-focus, var(--ds-color-focus-outer, var(--_usht-dark-focus, #1e2b3c)));
    --_usht-focus-inner: var(--usht-color-focus-inner, var(--ds-color-focus-inner, var(--_usht-dark-focus-inner, #ffd43b)));
    --_usht-radius: var(--usht-radius, var(--ds-border-radius-md, 0.25em));
    display: block;
    font-size: var(--usht-font-size, medium) !important;
    line-height: 1.5 !important;
    font-weight: 400 !important;
    font-family: var(--usht-font-family, var(--ds-font-family, inherit)) !important;
    color: var(--_usht-text) !important;
    letter-spacing: 0 !important;
    text-align: start !important;
    color-scheme: light;
  }

  /* Dark scheme without Designsystemet: the dark literal of each token above, all AA on #111827. */
  :host([data-color-scheme='dark']) {
    color-scheme: dark;
    --_usht-dark-text: #f3f4f6;
    --_usht-dark-text-subtle: #cbd5e1;
    --_usht-dark-surface: #111827;
    --_usht-dark-surface-tinted: #1f2937;
    --_usht-dark-border: #9ca3af;
    --_usht-dark-border-subtle: #374151;
    --_usht-dark-accent: #93c5fd;
    --_usht-dark-accent-text: #93c5fd;
    --_usht-dark-on-accent: #0b1220;
    --_usht-dark-accent-surface: #1e3a5f;
    --_usht-dark-danger-text: #fca5a5;
    --_usht-dark-danger-surface: #3b1212;
    --_usht-dark-warning-text: #fcd34d;
    --_usht-dark-warning-surface: #3a2a05;
    --_usht-dark-focus: #f3f4f6;
    --_usht-dark-focus-inner: #1d4ed8;
  }

  :host([hidden]) {
    display: none;
  }

  /* A two-colour ring visible on light and dark surfaces (WCAG 2.4.7, 2.4.11), in px: small text must not thin it. */
  :focus-visible {
    outline: 3px solid var(--_usht-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_usht-focus-inner);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/** The readable states every element shows: loading, empty, failed (never a blank box). */
export const stateStyles = css`
  .state {
    padding: 0.75em 1em;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .state[data-kind='error'] {
    border-color: var(--_usht-danger-text);
    background: var(--_usht-danger-surface);
    color: var(--_usht-danger-text);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state p:last-child {
    margin-block-end: 0;
  }
  button.retry {
    font: inherit;
    padding: 0.375em 0.875em;
    min-block-size: 2.75em;
    border: 1px solid;
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-text);
    cursor: pointer;
  }
`;
