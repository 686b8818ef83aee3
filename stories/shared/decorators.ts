// Decorators shared by every story. They only wrap the story in attributes the elements read from
// an ancestor (lang, data-color-scheme, a host theme), exactly as a host page would.
import {html, type TemplateResult} from 'lit';

interface Context {
  readonly globals: Record<string, unknown>;
}

const pick = (value: unknown, allowed: readonly string[], fallback: string) =>
  typeof value === 'string' && allowed.includes(value) ? value : fallback;

/**
 * The toolbar's locale, colour scheme and theme as a wrapper. A story that sets `lang` or
 * `data-color-scheme` itself (Nynorsk, DarkScheme) still wins: the nearest attribute counts.
 */
export function withStoryFrame(story: () => unknown, context: Context): TemplateResult {
  const locale = pick(context.globals['locale'], ['nb', 'nn', 'en', 'se'], 'nb');
  const scheme = pick(context.globals['colorScheme'], ['light', 'dark'], 'light');
  const theme = pick(context.globals['theme'], ['none', 'designsystemet'], 'none');
  return html`<div class="usht-story" lang=${locale} data-color-scheme=${scheme} data-usht-theme=${theme}>${story()}</div>`;
}

/** A 320 px column: the narrowest width WCAG 1.4.10 asks content to reflow to. */
export function narrow(content: unknown): TemplateResult {
  return html`<div class="usht-narrow">${content}</div>`;
}

/** A dark canvas (`data-color-scheme="dark"`, as Designsystemet sets it on an ancestor). */
export function darkCanvas(content: unknown): TemplateResult {
  return html`<div class="usht-canvas" data-color-scheme="dark">${content}</div>`;
}

/** A Designsystemet-like host theme around the content (stories/shared/designsystemet-theme.css). */
export function designsystemetCanvas(content: unknown, scheme: 'light' | 'dark' = 'light'): TemplateResult {
  return html`<div class="usht-canvas ds-stand-in" data-color-scheme=${scheme}>${content}</div>`;
}
