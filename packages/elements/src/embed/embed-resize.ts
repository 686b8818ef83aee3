/**
 * The host side of the iframe fallback (R21): gives each usht iframe the height its page reports.
 * A host adds it once, e.g. in the site template: `<script type="module" src=".../embed-resize.js">`,
 * anywhere on the page: frames that reported before it ran are asked again.
 *
 * Only a message from one of this page's usht iframes counts: `event.source` must be the
 * `contentWindow` of an `<iframe data-usht-embed>` (or one whose address ends in `/embed.html`),
 * and `event.origin` must be that iframe's origin (`null` for a sandbox without
 * `allow-same-origin`). The height is set through the CSSOM, which a strict CSP allows.
 */

const messageType = 'usht-embed-height';
const requestType = 'usht-embed-height-request';
/** Tallest height taken from a frame, in CSS pixels: a runaway page cannot stretch the host without end. */
const maxHeight = 20000;

function isUshtFrame(frame: HTMLIFrameElement): boolean {
  if (frame.hasAttribute('data-usht-embed')) return true;
  try {
    return new URL(frame.src, document.baseURI).pathname.endsWith('/embed.html');
  } catch {
    return false;
  }
}

function expectedOrigin(frame: HTMLIFrameElement): string | undefined {
  if (frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin')) return 'null';
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

function frameFor(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

/** Handles one message; exported for tests. Returns the height set, if one was. */
export function handleHeightMessage(event: MessageEvent): number | undefined {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as {type?: unknown}).type !== messageType) return undefined;
  const height = (data as {height?: unknown}).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return undefined;
  const frame = frameFor(event.source);
  if (!frame || !isUshtFrame(frame) || event.origin !== expectedOrigin(frame)) return undefined;
  const px = Math.min(Math.ceil(height), maxHeight);
  frame.style.height = `${px}px`;
  return px;
}

window.addEventListener('message', handleHeightMessage);

// Frames that loaded before this module (it may sit at the end of a template, or load late)
// reported their height to no one: ask them again. The answer is checked like any other.
for (const frame of document.getElementsByTagName('iframe')) {
  if (isUshtFrame(frame)) frame.contentWindow?.postMessage({type: requestType}, '*');
}
