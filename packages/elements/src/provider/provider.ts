import {LitElement, css, html} from 'lit';
import {property} from 'lit/decorators.js';
import {provide} from '@lit/context';
import {createClient, type UshtClient} from '@usht/sdk/client';
import {clientContext, colorSchemeContext, colorSchemes, localeContext, messagesContext, type ColorScheme} from '../shared/contexts.js';
import {checkEnum, warnOnce} from '../shared/dev-warnings.js';
import {normalizeLocale, type Locale} from '../locales/resolve.js';
import type {MessageOverrides} from '../locales/messages.js';

/**
 * Shares one data source, a locale, the host's wording and a colour scheme with every usht-kit
 * element inside it, through `@lit/context`. Without a provider each element works alone on the
 * embedded data.
 *
 * @summary Shares data source, locale and theme with the usht-kit elements inside it.
 * @tagname usht-provider
 * @slot - The page content holding usht-kit elements.
 */
export class UshtProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a data feed (one JSON document, see the feed format); used when no `client` is set. */
  @property()
  feed: string | undefined;

  /** Base URL of a USHT REST API; used when neither `client` nor `feed` is set. */
  @property({attribute: 'base-url'})
  baseUrl: string | undefined;

  /** Request timeout in milliseconds for `feed` and `base-url`. */
  @property({type: Number})
  timeout: number | undefined;

  /** A ready SDK client (any data source); takes precedence over `feed` and `base-url`. */
  @property({attribute: false})
  client: UshtClient | undefined;

  /** The host's own wording, per locale, for every element inside. */
  @property({attribute: false})
  @provide({context: messagesContext})
  messages: MessageOverrides | undefined;

  /** `light` or `dark`; unset follows the page (`data-color-scheme` on an ancestor). */
  @property({attribute: 'color-scheme'})
  colorScheme: string | undefined;

  @provide({context: clientContext})
  providedClient: UshtClient | undefined;

  @provide({context: localeContext})
  providedLocale: Locale | undefined;

  @provide({context: colorSchemeContext})
  providedColorScheme: ColorScheme | undefined;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.providedLocale = normalizeLocale(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.providedLocale = normalizeLocale(this.getAttribute('lang'));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') || changed.has('feed') || changed.has('baseUrl') || changed.has('timeout')) {
      this.providedClient = this.makeClient();
    }
    if (changed.has('colorScheme')) {
      this.providedColorScheme = this.colorScheme ? checkEnum('usht-provider', 'color-scheme', this.colorScheme, colorSchemes, 'light') : undefined;
    }
  }

  private makeClient(): UshtClient | undefined {
    if (this.client) return this.client;
    const timeout = this.timeout !== undefined && this.timeout > 0 ? this.timeout : undefined;
    try {
      if (this.feed) return createClient({feed: new URL(this.feed, document.baseURI).href, timeout});
      if (this.baseUrl) return createClient({baseUrl: new URL(this.baseUrl, document.baseURI).href, timeout});
    } catch (error) {
      warnOnce(`usht-provider:source:${this.feed ?? this.baseUrl}`, `<usht-provider>: cannot use the data source "${this.feed ?? this.baseUrl}" (${String(error)}); the elements use the embedded data.`);
    }
    return undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
