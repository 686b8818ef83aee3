import {LitElement} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {createClient, type UshtClient} from '@usht/sdk';
import {clientContext, colorSchemeContext, localeContext, messagesContext, type ColorScheme} from './contexts.js';
import {Localizer} from './localizer.js';
import {resolveLocale, type Locale} from '../locales/resolve.js';
import type {MessageOverrides} from '../locales/messages.js';
import {tokens} from './tokens.styles.js';

let defaultClient: UshtClient | undefined;
/** One client on the embedded data for every element used without a provider. */
function embeddedClient(): UshtClient {
  defaultClient ??= createClient();
  return defaultClient;
}

// One observer for the whole page: a host switching <html lang> or data-color-scheme re-renders us.
const watchers = new Set<UshtElement>();
let pageObserver: MutationObserver | undefined;
function watchPage(element: UshtElement): void {
  watchers.add(element);
  if (pageObserver || typeof MutationObserver === 'undefined') return;
  pageObserver = new MutationObserver(() => watchers.forEach((w) => w.requestUpdate()));
  pageObserver.observe(document.documentElement, {attributes: true, subtree: true, attributeFilter: ['lang', 'data-color-scheme']});
}

/** Nearest `data-color-scheme` above the element, crossing shadow roots. */
function ancestorColorScheme(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const scheme = current.getAttribute('data-color-scheme');
      if (scheme && current !== node) return scheme;
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}

/**
 * What every usht-kit element shares: the data client, locale, host message overrides and colour
 * scheme, each from the element itself, else its `<usht-provider>`, else the page.
 */
export class UshtElement extends LitElement {
  static override styles = [tokens];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  @consume({context: clientContext, subscribe: true})
  @state()
  accessor providedClient: UshtClient | undefined;

  @consume({context: localeContext, subscribe: true})
  @state()
  accessor providedLocale: Locale | undefined;

  @consume({context: messagesContext, subscribe: true})
  @state()
  accessor providedMessages: MessageOverrides | undefined;

  @consume({context: colorSchemeContext, subscribe: true})
  @state()
  accessor providedColorScheme: ColorScheme | undefined;

  /** The SDK client to read data from; defaults to the provider's, else the embedded data. */
  @property({attribute: false})
  accessor client: UshtClient | undefined;

  /** The host's own wording for any string, per locale; merged over ours. */
  @property({attribute: false})
  accessor messages: MessageOverrides | undefined;

  private cachedLocalizer: Localizer | undefined;

  /** The client in force: own property, else the provider's, else one on the embedded data. */
  get dataClient(): UshtClient {
    return this.client ?? this.providedClient ?? embeddedClient();
  }

  /** The locale in force (style.md §7). */
  get locale(): Locale {
    return resolveLocale(this, this.providedLocale);
  }

  /** Strings, counts and dates in the locale in force. */
  get i18n(): Localizer {
    const locale = this.locale;
    const overrides = this.messages ?? this.providedMessages;
    if (this.cachedLocalizer?.locale !== locale || this.cachedOverrides !== overrides) {
      this.cachedLocalizer = new Localizer(locale, overrides);
      this.cachedOverrides = overrides;
    }
    return this.cachedLocalizer;
  }
  private cachedOverrides: MessageOverrides | undefined;

  /** 'dark' when the provider or an ancestor's `data-color-scheme` says so. */
  get colorScheme(): ColorScheme {
    const scheme = this.providedColorScheme ?? ancestorColorScheme(this);
    if (scheme === 'dark') return 'dark';
    if (scheme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
    return 'light';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchers.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Our own attribute, read by our own shadow CSS (tokens.styles.ts): the page is never styled.
    this.toggleAttribute('data-color-scheme', false);
    if (this.colorScheme === 'dark') this.setAttribute('data-color-scheme', 'dark');
  }
}
