// Helpers for browser tests that read what a user perceives. Shared by the foundation tests and
// the badge's; any element's tests may use them.
import {waitUntil} from '@open-wc/testing';

function isDrawn(element: Element | null, root: Node): boolean {
  for (let e = element; e && e !== root; e = e.parentElement) {
    const box = e.getBoundingClientRect();
    if (!e.checkVisibility() || box.width <= 1 || box.height <= 1) return false;
  }
  return true;
}

/**
 * The text a sighted reader sees in an element (its shadow root if it has one): text whose boxes
 * are drawn. Visually hidden text (a 1 px clip) and `hidden` content are left out.
 */
export function visibleText(root: Element | null | undefined): string {
  if (!root) return '';
  const start: Node = root.shadowRoot ?? root;
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 1 && box.height > 1 && isDrawn(node.parentElement, start)) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([:.,])/g, '$1').trim();
}

/** All text in an element's shadow root, visually hidden text included: roughly what a screen reader reads. */
export function spokenText(root: Element): string {
  return (root.shadowRoot ?? root).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until a selector matches in the element's shadow root. */
export async function shadowMatch<T extends Element = Element>(el: Element, selector: string, message?: string): Promise<T> {
  // 5 s: the first element of a page loads the SDK and a data chunk on demand.
  await waitUntil(() => el.shadowRoot?.querySelector(selector), message ?? `${el.localName}: nothing matched ${selector}`, {timeout: 5000});
  return el.shadowRoot!.querySelector<T>(selector)!;
}

/**
 * Catches console.warn and console.error for one test. A test takes the warnings it expects;
 * `verify()` fails on anything left (style.md §9: no unexplained console output).
 */
export function captureConsole() {
  const realWarn = console.warn;
  const realError = console.error;
  let warnings: string[] = [];
  let errors: string[] = [];
  return {
    start() {
      warnings = [];
      errors = [];
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    },
    take(): string[] {
      const taken = warnings;
      warnings = [];
      return taken;
    },
    verify() {
      console.warn = realWarn;
      console.error = realError;
      if (errors.length) throw new Error(`unexpected console.error: ${errors.join(' | ')}`);
      if (warnings.length) throw new Error(`unexpected console.warn: ${warnings.join(' | ')}`);
    },
  };
}
