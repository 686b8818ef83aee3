var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient } from '@usht/sdk';
import { clientContext, colorSchemeContext, colorSchemes, localeContext, messagesContext } from '../shared/contexts.js';
import { checkEnum, warnOnce } from '../shared/dev-warnings.js';
import { normalizeLocale } from '../locales/resolve.js';
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
    static { this.styles = css `
    :host {
      display: contents;
    }
  `; }
    static get observedAttributes() {
        return [...super.observedAttributes, 'lang'];
    }
    #feed_accessor_storage;
    /** URL of a data feed (one JSON document, see the feed format); used when no `client` is set. */
    get feed() { return this.#feed_accessor_storage; }
    set feed(value) { this.#feed_accessor_storage = value; }
    #baseUrl_accessor_storage;
    /** Base URL of a USHT REST API; used when neither `client` nor `feed` is set. */
    get baseUrl() { return this.#baseUrl_accessor_storage; }
    set baseUrl(value) { this.#baseUrl_accessor_storage = value; }
    #timeout_accessor_storage;
    /** Request timeout in milliseconds for `feed` and `base-url`. */
    get timeout() { return this.#timeout_accessor_storage; }
    set timeout(value) { this.#timeout_accessor_storage = value; }
    #client_accessor_storage;
    /** A ready SDK client (any data source); takes precedence over `feed` and `base-url`. */
    get client() { return this.#client_accessor_storage; }
    set client(value) { this.#client_accessor_storage = value; }
    #messages_accessor_storage;
    /** The host's own wording, per locale, for every element inside. */
    get messages() { return this.#messages_accessor_storage; }
    set messages(value) { this.#messages_accessor_storage = value; }
    #colorScheme_accessor_storage;
    /** `light` or `dark`; unset follows the page (`data-color-scheme` on an ancestor). */
    get colorScheme() { return this.#colorScheme_accessor_storage; }
    set colorScheme(value) { this.#colorScheme_accessor_storage = value; }
    #providedClient_accessor_storage;
    get providedClient() { return this.#providedClient_accessor_storage; }
    set providedClient(value) { this.#providedClient_accessor_storage = value; }
    #providedLocale_accessor_storage;
    get providedLocale() { return this.#providedLocale_accessor_storage; }
    set providedLocale(value) { this.#providedLocale_accessor_storage = value; }
    #providedColorScheme_accessor_storage;
    get providedColorScheme() { return this.#providedColorScheme_accessor_storage; }
    set providedColorScheme(value) { this.#providedColorScheme_accessor_storage = value; }
    attributeChangedCallback(name, old, value) {
        super.attributeChangedCallback(name, old, value);
        if (name === 'lang')
            this.providedLocale = normalizeLocale(value);
    }
    connectedCallback() {
        super.connectedCallback();
        this.providedLocale = normalizeLocale(this.getAttribute('lang'));
    }
    willUpdate(changed) {
        if (changed.has('client') || changed.has('feed') || changed.has('baseUrl') || changed.has('timeout')) {
            this.providedClient = this.makeClient();
        }
        if (changed.has('colorScheme')) {
            this.providedColorScheme = this.colorScheme ? checkEnum('usht-provider', 'color-scheme', this.colorScheme, colorSchemes, 'light') : undefined;
        }
    }
    makeClient() {
        if (this.client)
            return this.client;
        const timeout = this.timeout !== undefined && this.timeout > 0 ? this.timeout : undefined;
        try {
            if (this.feed)
                return createClient({ feed: new URL(this.feed, document.baseURI).href, timeout });
            if (this.baseUrl)
                return createClient({ baseUrl: new URL(this.baseUrl, document.baseURI).href, timeout });
        }
        catch (error) {
            warnOnce(`usht-provider:source:${this.feed ?? this.baseUrl}`, `<usht-provider>: cannot use the data source "${this.feed ?? this.baseUrl}" (${String(error)}); the elements use the embedded data.`);
        }
        return undefined;
    }
    render() {
        return html `<slot></slot>`;
    }
}
__decorate([
    property()
], UshtProvider.prototype, "feed", null);
__decorate([
    property({ attribute: 'base-url' })
], UshtProvider.prototype, "baseUrl", null);
__decorate([
    property({ type: Number })
], UshtProvider.prototype, "timeout", null);
__decorate([
    property({ attribute: false })
], UshtProvider.prototype, "client", null);
__decorate([
    property({ attribute: false }),
    provide({ context: messagesContext })
], UshtProvider.prototype, "messages", null);
__decorate([
    property({ attribute: 'color-scheme' })
], UshtProvider.prototype, "colorScheme", null);
__decorate([
    provide({ context: clientContext })
], UshtProvider.prototype, "providedClient", null);
__decorate([
    provide({ context: localeContext })
], UshtProvider.prototype, "providedLocale", null);
__decorate([
    provide({ context: colorSchemeContext })
], UshtProvider.prototype, "providedColorScheme", null);
