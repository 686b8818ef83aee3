/**
 * The iframe fallback page (R21) for CMSs that allow no scripts: `embed.html?element=…&lang=…`
 * shows one element. Built to `cdn/embed.js` beside `usht-kit.js`, which it imports (rollup.config.js
 * maps `../autoloader.js` to `./usht-kit.js`), so the frame loads what a script tag would: the
 * autoloader, then the one element it shows.
 *
 * The query string is never markup: one allow-listed element (embed-allow-list.ts) is made with
 * `document.createElement`, only allow-listed attributes are set with `setAttribute`, and every
 * message is text. The page sends its height, and nothing else, to the parent
 * (`{type: 'usht-embed-height', height}`); `embed-resize.js` on the host sizes the iframe.
 */
import {normalizeLocale} from '../autoloader.js';
import {
  colorSchemes,
  embedLocales,
  embedStrings,
  embeddableElements,
  maxValueLength,
  pageParameters,
  type EmbedLocale,
  type EmbeddableElement,
} from './embed-allow-list.js';

/** The message type `embed-resize.js` listens for. */
export const heightMessageType = 'usht-embed-height';
/** What `embed-resize.js` sends when it starts after a frame has already reported its height. */
export const resendMessageType = 'usht-embed-height-request';

const namePattern = /^[a-z][a-z0-9-]{0,63}$/;
const trueValues = new Set(['', '1', 'true']);
const falseValues = new Set(['0', 'false']);

function pageLocale(value: string | null): EmbedLocale {
  const locale = normalizeLocale(value);
  return (embedLocales as readonly string[]).includes(locale ?? '') ? (locale as EmbedLocale) : 'nb';
}

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The value to set for one parameter, `null` to leave the attribute off, or undefined when it is not accepted. */
function attributeValue(spec: EmbeddableElement, name: string, value: string): string | null | undefined {
  if (!spec.attributes.includes(name) || value.length > maxValueLength) return undefined;
  if (spec.booleans?.includes(name)) {
    const lower = value.trim().toLowerCase();
    return trueValues.has(lower) || lower === name ? '' : falseValues.has(lower) ? null : undefined;
  }
  const allowed = spec.values && own(spec.values, name);
  return allowed && !allowed.includes(value) ? undefined : value;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** Builds the page from the address. Returns the element made, if any. */
export function renderEmbed(search: string, main: HTMLElement): Element | undefined {
  const params = new URLSearchParams(search);
  const locale = pageLocale(params.get('lang'));
  const strings = embedStrings[locale];
  const root = document.documentElement;
  root.lang = locale;
  const scheme = params.get('color-scheme');
  if (scheme && (colorSchemes as readonly string[]).includes(scheme)) root.setAttribute('data-color-scheme', scheme);

  const tag = params.get('element') ?? '';
  const spec = own(embeddableElements, tag);
  main.replaceChildren();
  if (!spec) {
    document.title = strings.unknownTitle;
    const list = document.createElement('ul');
    for (const name of Object.keys(embeddableElements)) {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = name;
      item.append(code);
      list.append(item);
    }
    main.append(paragraph('embed-message', strings.unknownElement), paragraph('embed-message', strings.allowedElements), list);
    return undefined;
  }

  document.title = spec.title[locale];
  const element = document.createElement(tag);
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if ((pageParameters as readonly string[]).includes(name)) continue;
    const set = attributeValue(spec, name, value);
    if (set === undefined) ignored.push(namePattern.test(name) ? name : `(${strings.invalidName})`);
    else if (set === null) element.removeAttribute(name);
    else element.setAttribute(name, set);
  }
  main.append(element);
  if (ignored.length > 0) main.append(paragraph('embed-note', `${strings.ignored} ${[...new Set(ignored)].join(', ')}.`));
  return element;
}

/**
 * Sends the document's height to the parent whenever it changes: a ResizeObserver on `<html>`,
 * whose height is its content's (embed.css gives it no height of its own, so a taller frame
 * never feeds back into a taller page). The parent may ask again (a host module that loads after
 * the frame has missed the first report).
 */
export function syncHeight(target: Window = window.parent): ResizeObserver | undefined {
  if (target === window) return undefined;
  let last = -1;
  const send = (always: boolean) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // '*': the page cannot know its host; the message carries a number only, nothing to leak.
    target.postMessage({type: heightMessageType, height}, '*');
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === target && (event.data as {type?: unknown} | null)?.type === resendMessageType) send(true);
  });
  return observer;
}

const main = document.getElementById('embed');
if (main) {
  renderEmbed(location.search, main);
  syncHeight();
}
