import {css} from 'lit';

/** The finder's suggestions (a listbox popup under the input), adopted with the finder's code. */
export const finderStyles = css`
  [role='listbox']:not(svg) {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    max-block-size: 18em;
    overflow-y: auto;
    list-style: none;
    background: var(--_usht-surface);
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  li[role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  li[role='option']:hover {
    background: var(--_usht-surface-tinted);
  }
  li[role='option'][aria-selected='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
  }
  .number {
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    li[role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
