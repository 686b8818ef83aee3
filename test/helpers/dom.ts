// Browser-side helpers for the cross-element checks: walk the composed tree (light and shadow
// DOM), wait for elements to settle, and catch errors a page would show in its console.
import type {ReactiveElement} from 'lit';
import {executeServerCommand} from '@web/test-runner-commands';

/** Every element under `root`, through open shadow roots and into slotted light DOM. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof Element) {
        out.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/** Every text node under `root`, through open shadow roots. */
export function deepTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof Text) out.push(child);
      else if (child instanceof Element) {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/** All text under `root`, shadow roots included, joined with spaces. */
export function deepText(root: Node): string {
  return deepTextNodes(root).map((t) => t.data).join(' ');
}

/** Text of the nodes a sighted user can see (rendered, not `display: none` or hidden). */
export function visibleText(root: Node): string {
  return deepTextNodes(root)
    .filter((t) => {
      const parent = t.parentElement;
      if (!parent) return false;
      if (parent.closest('template, style, script')) return false;
      return parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && parent.getClientRects().length > 0;
    })
    .map((t) => t.data)
    .join(' ');
}

export const usht = (el: Element): boolean => el.localName.startsWith('usht-');

const isReactive = (el: Element): el is ReactiveElement => 'updateComplete' in el && 'isUpdatePending' in el;

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A loading indicator anywhere below `root`: the shared loading state, or a busy region. */
export function isLoading(root: Node): boolean {
  return deepElements(root).some((el) => el.getAttribute('data-kind') === 'loading' || el.getAttribute('aria-busy') === 'true');
}

/**
 * Waits until every usht-kit element below `root` is defined, has no update pending and shows no
 * loading state, twice in a row; gives up after `timeout` ms (a story of the loading state stays
 * loading, by design). Returns whether it settled.
 */
export async function settle(root: Node, {timeout = 2000} = {}): Promise<boolean> {
  const deadline = performance.now() + timeout;
  let calm = 0;
  while (performance.now() < deadline) {
    const elements = deepElements(root);
    const undefinedTags = [...new Set(elements.filter((el) => usht(el) && !customElements.get(el.localName)).map((el) => el.localName))];
    await Promise.race([Promise.all(undefinedTags.map((tag) => customElements.whenDefined(tag))), sleep(50)]);
    const reactive = elements.filter(isReactive);
    await Promise.race([Promise.all(reactive.map((el) => el.updateComplete)), sleep(200)]);
    await nextFrame();
    const busy = undefinedTags.length > 0 || reactive.some((el) => el.isUpdatePending) || isLoading(root);
    calm = busy ? 0 : calm + 1;
    if (calm >= 2) return true;
    await sleep(20);
  }
  return false;
}

/** Polls `check` until it returns a truthy value or `timeout` ms pass; returns the last value. */
export async function waitFor<T>(check: () => T | Promise<T>, {timeout = 3000, interval = 25} = {}): Promise<T> {
  const deadline = performance.now() + timeout;
  let value = await check();
  while (!value && performance.now() < deadline) {
    await sleep(interval);
    value = await check();
  }
  return value;
}

export interface CaughtErrors {
  readonly errors: string[];
  restore(): void;
}

/**
 * Records `console.error` calls, uncaught errors and unhandled rejections until `restore()`.
 * Warnings are not errors: an unknown attribute value is meant to warn (style.md §4).
 */
export function catchErrors(): CaughtErrors {
  const errors: string[] = [];
  const original = console.error;
  const describe = (value: unknown): string =>
    value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : (() => {
      try {
        return JSON.stringify(value);
      } catch {
        return String(value);
      }
    })();
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(describe).join(' ')}`);
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${describe(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${describe(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The shadow-DOM descendants of `root` matching `selector`, through nested shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Node, selector: string): T[] {
  return deepElements(root).filter((el): el is T => el.matches(selector));
}

export interface RecordedRequest {
  readonly url: string;
  /** Chromium's resource type: 'fetch', 'script', 'font', 'image' … */
  readonly type: string;
  readonly method: string;
}

let sentinels = 0;

/** Starts recording every request this page makes (test server command `usht-requests`). */
export async function startRecording(): Promise<void> {
  await executeServerCommand('usht-requests', {action: 'start'});
}

/** Stops recording and returns every request made since `startRecording()`. */
export async function stopRecording(): Promise<RecordedRequest[]> {
  const sentinel = `/__test/sentinel/${Date.now().toString(36)}-${(sentinels++).toString(36)}`;
  await fetch(sentinel).catch(() => undefined);
  return (await executeServerCommand('usht-requests', {action: 'stop', sentinel})) as RecordedRequest[];
}
