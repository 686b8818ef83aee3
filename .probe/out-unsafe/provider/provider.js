var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
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
let UshtProvider = (() => {
    let _classSuper = LitElement;
    let _feed_decorators;
    let _feed_initializers = [];
    let _feed_extraInitializers = [];
    let _baseUrl_decorators;
    let _baseUrl_initializers = [];
    let _baseUrl_extraInitializers = [];
    let _timeout_decorators;
    let _timeout_initializers = [];
    let _timeout_extraInitializers = [];
    let _client_decorators;
    let _client_initializers = [];
    let _client_extraInitializers = [];
    let _messages_decorators;
    let _messages_initializers = [];
    let _messages_extraInitializers = [];
    let _colorScheme_decorators;
    let _colorScheme_initializers = [];
    let _colorScheme_extraInitializers = [];
    let _providedClient_decorators;
    let _providedClient_initializers = [];
    let _providedClient_extraInitializers = [];
    let _providedLocale_decorators;
    let _providedLocale_initializers = [];
    let _providedLocale_extraInitializers = [];
    let _providedColorScheme_decorators;
    let _providedColorScheme_initializers = [];
    let _providedColorScheme_extraInitializers = [];
    return class UshtProvider extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _feed_decorators = [property()];
            _baseUrl_decorators = [property({ attribute: 'base-url' })];
            _timeout_decorators = [property({ type: Number })];
            _client_decorators = [property({ attribute: false })];
            _messages_decorators = [property({ attribute: false }), provide({ context: messagesContext })];
            _colorScheme_decorators = [property({ attribute: 'color-scheme' })];
            _providedClient_decorators = [provide({ context: clientContext })];
            _providedLocale_decorators = [provide({ context: localeContext })];
            _providedColorScheme_decorators = [provide({ context: colorSchemeContext })];
            __esDecorate(this, null, _feed_decorators, { kind: "accessor", name: "feed", static: false, private: false, access: { has: obj => "feed" in obj, get: obj => obj.feed, set: (obj, value) => { obj.feed = value; } }, metadata: _metadata }, _feed_initializers, _feed_extraInitializers);
            __esDecorate(this, null, _baseUrl_decorators, { kind: "accessor", name: "baseUrl", static: false, private: false, access: { has: obj => "baseUrl" in obj, get: obj => obj.baseUrl, set: (obj, value) => { obj.baseUrl = value; } }, metadata: _metadata }, _baseUrl_initializers, _baseUrl_extraInitializers);
            __esDecorate(this, null, _timeout_decorators, { kind: "accessor", name: "timeout", static: false, private: false, access: { has: obj => "timeout" in obj, get: obj => obj.timeout, set: (obj, value) => { obj.timeout = value; } }, metadata: _metadata }, _timeout_initializers, _timeout_extraInitializers);
            __esDecorate(this, null, _client_decorators, { kind: "accessor", name: "client", static: false, private: false, access: { has: obj => "client" in obj, get: obj => obj.client, set: (obj, value) => { obj.client = value; } }, metadata: _metadata }, _client_initializers, _client_extraInitializers);
            __esDecorate(this, null, _messages_decorators, { kind: "accessor", name: "messages", static: false, private: false, access: { has: obj => "messages" in obj, get: obj => obj.messages, set: (obj, value) => { obj.messages = value; } }, metadata: _metadata }, _messages_initializers, _messages_extraInitializers);
            __esDecorate(this, null, _colorScheme_decorators, { kind: "accessor", name: "colorScheme", static: false, private: false, access: { has: obj => "colorScheme" in obj, get: obj => obj.colorScheme, set: (obj, value) => { obj.colorScheme = value; } }, metadata: _metadata }, _colorScheme_initializers, _colorScheme_extraInitializers);
            __esDecorate(this, null, _providedClient_decorators, { kind: "accessor", name: "providedClient", static: false, private: false, access: { has: obj => "providedClient" in obj, get: obj => obj.providedClient, set: (obj, value) => { obj.providedClient = value; } }, metadata: _metadata }, _providedClient_initializers, _providedClient_extraInitializers);
            __esDecorate(this, null, _providedLocale_decorators, { kind: "accessor", name: "providedLocale", static: false, private: false, access: { has: obj => "providedLocale" in obj, get: obj => obj.providedLocale, set: (obj, value) => { obj.providedLocale = value; } }, metadata: _metadata }, _providedLocale_initializers, _providedLocale_extraInitializers);
            __esDecorate(this, null, _providedColorScheme_decorators, { kind: "accessor", name: "providedColorScheme", static: false, private: false, access: { has: obj => "providedColorScheme" in obj, get: obj => obj.providedColorScheme, set: (obj, value) => { obj.providedColorScheme = value; } }, metadata: _metadata }, _providedColorScheme_initializers, _providedColorScheme_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = css `
    :host {
      display: contents;
    }
  `;
        static get observedAttributes() {
            return [...super.observedAttributes, 'lang'];
        }
        #feed_accessor_storage = __runInitializers(this, _feed_initializers, void 0);
        /** URL of a data feed (one JSON document, see the feed format); used when no `client` is set. */
        get feed() { return this.#feed_accessor_storage; }
        set feed(value) { this.#feed_accessor_storage = value; }
        #baseUrl_accessor_storage = (__runInitializers(this, _feed_extraInitializers), __runInitializers(this, _baseUrl_initializers, void 0));
        /** Base URL of a USHT REST API; used when neither `client` nor `feed` is set. */
        get baseUrl() { return this.#baseUrl_accessor_storage; }
        set baseUrl(value) { this.#baseUrl_accessor_storage = value; }
        #timeout_accessor_storage = (__runInitializers(this, _baseUrl_extraInitializers), __runInitializers(this, _timeout_initializers, void 0));
        /** Request timeout in milliseconds for `feed` and `base-url`. */
        get timeout() { return this.#timeout_accessor_storage; }
        set timeout(value) { this.#timeout_accessor_storage = value; }
        #client_accessor_storage = (__runInitializers(this, _timeout_extraInitializers), __runInitializers(this, _client_initializers, void 0));
        /** A ready SDK client (any data source); takes precedence over `feed` and `base-url`. */
        get client() { return this.#client_accessor_storage; }
        set client(value) { this.#client_accessor_storage = value; }
        #messages_accessor_storage = (__runInitializers(this, _client_extraInitializers), __runInitializers(this, _messages_initializers, void 0));
        /** The host's own wording, per locale, for every element inside. */
        get messages() { return this.#messages_accessor_storage; }
        set messages(value) { this.#messages_accessor_storage = value; }
        #colorScheme_accessor_storage = (__runInitializers(this, _messages_extraInitializers), __runInitializers(this, _colorScheme_initializers, void 0));
        /** `light` or `dark`; unset follows the page (`data-color-scheme` on an ancestor). */
        get colorScheme() { return this.#colorScheme_accessor_storage; }
        set colorScheme(value) { this.#colorScheme_accessor_storage = value; }
        #providedClient_accessor_storage = (__runInitializers(this, _colorScheme_extraInitializers), __runInitializers(this, _providedClient_initializers, void 0));
        get providedClient() { return this.#providedClient_accessor_storage; }
        set providedClient(value) { this.#providedClient_accessor_storage = value; }
        #providedLocale_accessor_storage = (__runInitializers(this, _providedClient_extraInitializers), __runInitializers(this, _providedLocale_initializers, void 0));
        get providedLocale() { return this.#providedLocale_accessor_storage; }
        set providedLocale(value) { this.#providedLocale_accessor_storage = value; }
        #providedColorScheme_accessor_storage = (__runInitializers(this, _providedLocale_extraInitializers), __runInitializers(this, _providedColorScheme_initializers, void 0));
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
        constructor() {
            super(...arguments);
            __runInitializers(this, _providedColorScheme_extraInitializers);
        }
    };
})();
export { UshtProvider };
//# sourceMappingURL=provider.js.map