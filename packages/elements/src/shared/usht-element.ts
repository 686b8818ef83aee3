import {LitElement} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import type {DataSource, UshtClient} from '@usht/sdk';
import {clientContext, colorSchemeContext, localeContext, messagesContext, type ColorScheme} from './contexts.js';
import {Localizer} from './localizer.js';
import {resolveLocale, type Locale} from '../locales/resolve.js';
import type {MessageOverrides, SectionCatalogs} from '../locales/messages.js';
import type {LazyCatalog} from '../locales/lazy-catalog.js';
import {common} from '../locales/common.js';
import {tokens} from './tokens.styles.js';

// Every method of a source, and the client's on top of them, listed so the compiler tells us when
// the SDK adds one (the client has every method a source has: one list, not two, in every element).
type SourceMethod = Exclude<keyof DataSource, 'description'>;
const sourceMethods = {
  centres: true, counties: true, municipalities: true, priorityAreas: true, activities: true, programmes: true,
  grantSchemes: true, sources: true, attribution: true,
} satisfies Record<SourceMethod, true>;
const clientMethods = {
  ...sourceMethods, centre: true, centreFor: true, priorityArea: true, grantScheme: true,
} satisfies Record<Exclude<keyof UshtClient, 'source'>, true>;

/** An object whose methods wait for `load()` and then call the real object's method. */
function deferred<T extends object>(load: () => Promise<T>, methods: Record<string, true>, extra: object): T {
  const target: Record<string, unknown> = {...extra};
  for (const name of Object.keys(methods)) {
    target[name] = async (...args: unknown[]) => {
      const real = (await load()) as Record<string, (...a: unknown[]) => unknown>;
      return real[name]!(...args);
    };
  }
  return target as T;
}

let defaultClient: UshtClient | undefined;
/**
 * One client on the embedded data for every element used without a provider. The SDK's client
 * (`@usht/sdk/client`: no zod, no ky) is imported on the first request, not with the element: an
 * element alone must stay within its size budget, and a page that gives its elements a provider's
 * client never loads the embedded data.
 */
function embeddedClient(): UshtClient {
  if (defaultClient) return defaultClient;
  let real: Promise<UshtClient> | undefined;
  const load = () => (real ??= import('@usht/sdk/client').then((sdk) => sdk.createClient()));
  const source = deferred<DataSource>(() => load().then((client) => client.source), sourceMethods, {description: 'embedded'});
  defaultClient = deferred<UshtClient>(load, clientMethods, {source});
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
 *
 * @cssprop [--usht-font-size=medium] - The element's text size, which all its sizes follow (set on the element or an ancestor). Any length; `1em` follows the text around the element. Default: the reader's browser setting, not the page's root size.
 */
export class UshtElement extends LitElement {
  static override styles = [tokens];

  /**
   * The string sections the element reads: `common` and its own, e.g.
   * `static override sections = {common, priorityBadge}`. Only these are bundled with the element
   * (budgets.md: no element carries another's strings).
   */
  static sections: SectionCatalogs = {common};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  @consume({context: clientContext, subscribe: true})
  @state()
  providedClient: UshtClient | undefined;

  @consume({context: localeContext, subscribe: true})
  @state()
  providedLocale: Locale | undefined;

  @consume({context: messagesContext, subscribe: true})
  @state()
  providedMessages: MessageOverrides | undefined;

  @consume({context: colorSchemeContext, subscribe: true})
  @state()
  providedColorScheme: ColorScheme | undefined;

  /** The SDK client to read data from; defaults to the provider's, else the embedded data. */
  @property({attribute: false})
  client: UshtClient | undefined;

  /** The host's own wording for any string, per locale; merged over ours. */
  @property({attribute: false})
  messages: MessageOverrides | undefined;

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
      this.cachedLocalizer = new Localizer(locale, overrides, (this.constructor as typeof UshtElement).sections);
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

  /** The element's string sections that load a language on demand (lazy-catalog.ts). */
  private lazySections(): Partial<LazyCatalog<unknown>>[] {
    return Object.values((this.constructor as typeof UshtElement).sections);
  }

  /**
   * Resolves once every string section of the element has the locale in force. The data
   * controller awaits it with the data, so a Nynorsk page does not show its content in Bokmål first.
   */
  loadStrings(): Promise<unknown> {
    const locale = this.locale;
    return Promise.all(this.lazySections().map((section) => section.load?.(locale)));
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
    // A language whose strings are not there yet (the page switched, or no data to wait for):
    // Bokmål meanwhile, marked lang="nb", then the strings; a failed load does not ask again at once.
    const locale = this.locale;
    for (const section of this.lazySections()) {
      if (section.has?.(locale) === false) void section.load!(locale).then(() => section.has!(locale) && this.requestUpdate());
    }
    // Our own attribute, read by our own shadow CSS (tokens.styles.ts): the page is never styled.
    // Touched only when it changes: the page observer watches this attribute, so rewriting it on
    // every update would wake every element again, for ever.
    const dark = this.colorScheme === 'dark';
    if (dark !== (this.getAttribute('data-color-scheme') === 'dark')) {
      if (dark) this.setAttribute('data-color-scheme', 'dark');
      else this.removeAttribute('data-color-scheme');
    }
  }
}
