// A host page whose theme reaches every element (issue 14 §1), as real CMS themes do: a 10 px root,
// and big, dark magenta, triple-spaced, light, letter-spaced, justified text on `*`, a rule that
// matches our host elements themselves. The reading widgets keep their own ground (16 px or the
// reader's default, line height 1.5, their own colours) and size everything from it, not from the
// page's root. test/hostile/host-styles.test.ts checks the same with #f0f; here the page's own
// text is dark magenta (8.4:1) so the story sweep's colour-contrast check passes on it too.
import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import '../packages/elements/src/priority-badge/usht-priority-badge.js';
import '../packages/elements/src/activity-calendar/usht-activity-calendar.js';
import '../packages/elements/src/centre-map/usht-centre-map.js';
import '../packages/elements/src/application-checklist/usht-application-checklist.js';

const pageStyles = `
  html { font-size: 10px; }
  * { font-size: 22px; line-height: 3; color: #8b008b; font-weight: 300; letter-spacing: 0.05em; text-align: justify; }
`;

let sheet: CSSStyleSheet | undefined;

/**
 * Puts the page styles on the whole document while the story is shown (a root rule only works on
 * the root) and takes them off when it goes: Lit calls a ref with `undefined` when the story's
 * template is replaced or cleared. A constructed sheet, not a <style>: it works under a strict CSP.
 */
function hostilePage(el: Element | undefined): void {
  if (el && !sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(pageStyles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else if (!el && sheet) {
    const gone = sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== gone);
    sheet = undefined;
  }
}

export default {
  title: 'Docs/Hostile host',
  decorators: [(story: () => unknown) => html`<div ${ref(hostilePage)}>${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'The four reading widgets on a page that sets `html { font-size: 10px }` and ' +
          '`* { font-size: 22px; line-height: 3; color: #8b008b; … }`. Each keeps its own text size, line height and colours; ' +
          'a host changes them through `--usht-font-size`, `--usht-font-family` and `--usht-color-*`.',
      },
    },
  },
};

/** Badges, calendar, map and checklist under the hostile page styles. */
export const HostileHost = {
  name: 'Hostile host',
  render: () => html`<p lang="en">The page's own text: 22 px, line height 3, on a 10 px root.</p>
    <usht-priority-badges areas="demensplan-2025 velferdsteknologi"></usht-priority-badges>
    <usht-activity-calendar></usht-activity-calendar>
    <usht-centre-map></usht-centre-map>
    <usht-application-checklist></usht-application-checklist>`,
};
