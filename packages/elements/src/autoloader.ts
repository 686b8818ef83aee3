/**
 * `usht-kit.js`, the file of the README's script tag: an autoloader. It finds the usht-kit tags in
 * the document, and those added later, and imports each element's own module the first time its
 * tag appears, so a page with one badge loads the badge and never the map (issue 18). Each
 * element loads only the data it shows, on its first render.
 *
 * The same approach as Shoelace's and Web Awesome's autoloaders: one MutationObserver on the
 * document. An element inside another element's shadow root is imported by that element itself;
 * a host that renders our tags into a shadow root of its own calls `discover(root)`.
 *
 * Two copies of the kit on a page (two widgets' script tags, two versions) never define a tag
 * twice: the copies share which tags are loading (below), a tag already defined is not imported
 * again, and `defineOnce` keeps the first definition should another bundle define it anyway.
 */
import {ContextRoot} from '@lit/context';
import {defineOnce} from './shared/define-once.js';

// Literal specifiers, one per element: each becomes the element's own file in cdn/ (rollup.config.js).
const elements = {
  'usht-provider': () => import('./provider/usht-provider.js'),
  'usht-priority-badge': () => import('./priority-badge/usht-priority-badge.js'),
  'usht-priority-badges': () => import('./priority-badge/usht-priority-badge.js'),
  'usht-activity-calendar': () => import('./activity-calendar/usht-activity-calendar.js'),
  'usht-centre-map': () => import('./centre-map/usht-centre-map.js'),
  'usht-application-checklist': () => import('./application-checklist/usht-application-checklist.js'),
  'usht-activity-editor': () => import('./activity-editor/usht-activity-editor.js'),
} satisfies Record<string, () => Promise<unknown>>;

type AutoloadedTag = keyof typeof elements;

const isKnown = (tag: string): tag is AutoloadedTag => Object.hasOwn(elements, tag);

/**
 * What every copy of this file on the page shares, kept on `customElements` under a global symbol
 * (two script tags, two versions, an npm build beside the CDN's): which tags one of them is
 * already loading, so a second copy never imports its own definition of a tag in flight, and
 * whether the page is watched already.
 */
interface Shared {
  readonly loading: Map<string, Promise<CustomElementConstructor>>;
  watching: boolean;
}
const key = Symbol.for('usht-kit-autoloader-v1');
const registry = customElements as CustomElementRegistry & {[key]?: Shared};
const shared: Shared = (registry[key] ??= {loading: new Map(), watching: false});

/**
 * Imports the module that defines `tag` (once per page, whichever copy of the kit asks first; a
 * failed import, e.g. offline, may be tried again) and resolves with the tag's constructor.
 */
function load(tag: AutoloadedTag): Promise<CustomElementConstructor> {
  let loading = shared.loading.get(tag);
  if (!loading) {
    loading = customElements.get(tag)
      ? customElements.whenDefined(tag)
      : elements[tag]().then(() => customElements.whenDefined(tag));
    loading.catch((error: unknown) => {
      shared.loading.delete(tag);
      // The tag's fallback content stays: a reader still sees the link or text the host put inside.
      console.warn(`[usht-kit] could not load <${tag}>; its fallback content stays.`, error);
    });
    shared.loading.set(tag, loading);
  }
  return loading;
}

/** Imports every usht-kit element found undefined in `root` (an element, document or shadow root). */
export function discover(root: ParentNode): void {
  if (root instanceof Element && isKnown(root.localName) && !customElements.get(root.localName)) void load(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (isKnown(element.localName)) void load(element.localName);
  }
}

/** The tags in the document now, then those added later (one observer per page). */
function start(): void {
  if (!shared.watching) {
    // Tags are defined as their files arrive, in no set order: an element inside a
    // <usht-provider> may be defined first and ask for the provider's client before there is one.
    // A context root keeps such requests and hands them to the provider once it is defined
    // (@lit/context, "late-upgraded providers"), so the element reads the provider's feed, never
    // the embedded data first. Attached before anything is loaded, once per page.
    new ContextRoot().attach(document.documentElement);
  }
  discover(document);
  if (shared.watching) return;
  shared.watching = true;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
}

start();

export * from './sdk-exports.js';
export {defineOnce};
export {locales, normalizeLocale, type Locale} from './locales/resolve.js';
