import type {CSSResult} from 'lit';

/**
 * Adds styles that arrived with code loaded on demand (a part of an element that most pages never
 * show, or show after their data) to the element's shadow root, once. Constructable style sheets
 * only: every browser we support has them, and a `<style>` element would need 'unsafe-inline'
 * under the strict CSP (requirements.md).
 */
export function adoptSheet(root: Node, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  const shadow = root as ShadowRoot;
  if (sheet && shadow.adoptedStyleSheets && !shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
