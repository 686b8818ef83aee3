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
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { clientContext, colorSchemeContext, localeContext, messagesContext } from './contexts.js';
import { Localizer } from './localizer.js';
import { resolveLocale } from '../locales/resolve.js';
import { common } from '../locales/common.js';
import { tokens } from './tokens.styles.js';
// Every method of the client and of a source, listed so the compiler tells us when the SDK adds one.
const clientMethods = {
    centres: true, centre: true, counties: true, municipalities: true, centreFor: true, activities: true, priorityAreas: true,
    priorityArea: true, programmes: true, grantSchemes: true, grantScheme: true, sources: true, attribution: true,
};
const sourceMethods = {
    centres: true, counties: true, municipalities: true, priorityAreas: true, activities: true, programmes: true,
    grantSchemes: true, sources: true, attribution: true,
};
/** An object whose methods wait for `load()` and then call the real object's method. */
function deferred(load, methods, extra) {
    const target = { ...extra };
    for (const name of Object.keys(methods)) {
        target[name] = async (...args) => {
            const real = (await load());
            return real[name](...args);
        };
    }
    return target;
}
let defaultClient;
/**
 * One client on the embedded data for every element used without a provider. The SDK (ky, zod,
 * the client) is imported on the first request, not with the element: an element alone must stay
 * within its size budget (budgets.md: a badge ≤ 7.5 KiB gzip including Lit), and a page that gives
 * its elements a provider's client never loads this one.
 */
function embeddedClient() {
    if (defaultClient)
        return defaultClient;
    let real;
    const load = () => (real ??= import('@usht/sdk').then((sdk) => sdk.createClient()));
    const source = deferred(() => load().then((client) => client.source), sourceMethods, { description: 'embedded' });
    defaultClient = deferred(load, clientMethods, { source });
    return defaultClient;
}
// One observer for the whole page: a host switching <html lang> or data-color-scheme re-renders us.
const watchers = new Set();
let pageObserver;
function watchPage(element) {
    watchers.add(element);
    if (pageObserver || typeof MutationObserver === 'undefined')
        return;
    pageObserver = new MutationObserver(() => watchers.forEach((w) => w.requestUpdate()));
    pageObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'data-color-scheme'] });
}
/** Nearest `data-color-scheme` above the element, crossing shadow roots. */
function ancestorColorScheme(node) {
    let current = node;
    while (current) {
        if (current instanceof Element) {
            const scheme = current.getAttribute('data-color-scheme');
            if (scheme && current !== node)
                return scheme;
        }
        current = current instanceof ShadowRoot ? current.host : current.parentNode;
    }
    return undefined;
}
/**
 * What every usht-kit element shares: the data client, locale, host message overrides and colour
 * scheme, each from the element itself, else its `<usht-provider>`, else the page.
 */
let UshtElement = (() => {
    let _classSuper = LitElement;
    let _providedClient_decorators;
    let _providedClient_initializers = [];
    let _providedClient_extraInitializers = [];
    let _providedLocale_decorators;
    let _providedLocale_initializers = [];
    let _providedLocale_extraInitializers = [];
    let _providedMessages_decorators;
    let _providedMessages_initializers = [];
    let _providedMessages_extraInitializers = [];
    let _providedColorScheme_decorators;
    let _providedColorScheme_initializers = [];
    let _providedColorScheme_extraInitializers = [];
    let _client_decorators;
    let _client_initializers = [];
    let _client_extraInitializers = [];
    let _messages_decorators;
    let _messages_initializers = [];
    let _messages_extraInitializers = [];
    return class UshtElement extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _providedClient_decorators = [consume({ context: clientContext, subscribe: true }), state()];
            _providedLocale_decorators = [consume({ context: localeContext, subscribe: true }), state()];
            _providedMessages_decorators = [consume({ context: messagesContext, subscribe: true }), state()];
            _providedColorScheme_decorators = [consume({ context: colorSchemeContext, subscribe: true }), state()];
            _client_decorators = [property({ attribute: false })];
            _messages_decorators = [property({ attribute: false })];
            __esDecorate(this, null, _providedClient_decorators, { kind: "accessor", name: "providedClient", static: false, private: false, access: { has: obj => "providedClient" in obj, get: obj => obj.providedClient, set: (obj, value) => { obj.providedClient = value; } }, metadata: _metadata }, _providedClient_initializers, _providedClient_extraInitializers);
            __esDecorate(this, null, _providedLocale_decorators, { kind: "accessor", name: "providedLocale", static: false, private: false, access: { has: obj => "providedLocale" in obj, get: obj => obj.providedLocale, set: (obj, value) => { obj.providedLocale = value; } }, metadata: _metadata }, _providedLocale_initializers, _providedLocale_extraInitializers);
            __esDecorate(this, null, _providedMessages_decorators, { kind: "accessor", name: "providedMessages", static: false, private: false, access: { has: obj => "providedMessages" in obj, get: obj => obj.providedMessages, set: (obj, value) => { obj.providedMessages = value; } }, metadata: _metadata }, _providedMessages_initializers, _providedMessages_extraInitializers);
            __esDecorate(this, null, _providedColorScheme_decorators, { kind: "accessor", name: "providedColorScheme", static: false, private: false, access: { has: obj => "providedColorScheme" in obj, get: obj => obj.providedColorScheme, set: (obj, value) => { obj.providedColorScheme = value; } }, metadata: _metadata }, _providedColorScheme_initializers, _providedColorScheme_extraInitializers);
            __esDecorate(this, null, _client_decorators, { kind: "accessor", name: "client", static: false, private: false, access: { has: obj => "client" in obj, get: obj => obj.client, set: (obj, value) => { obj.client = value; } }, metadata: _metadata }, _client_initializers, _client_extraInitializers);
            __esDecorate(this, null, _messages_decorators, { kind: "accessor", name: "messages", static: false, private: false, access: { has: obj => "messages" in obj, get: obj => obj.messages, set: (obj, value) => { obj.messages = value; } }, metadata: _metadata }, _messages_initializers, _messages_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens];
        /**
         * The string sections the element reads: `common` and its own, e.g.
         * `static override sections = {common, priorityBadge}`. Only these are bundled with the element
         * (budgets.md: no element carries another's strings).
         */
        static sections = { common };
        static get observedAttributes() {
            return [...super.observedAttributes, 'lang'];
        }
        #providedClient_accessor_storage = __runInitializers(this, _providedClient_initializers, void 0);
        get providedClient() { return this.#providedClient_accessor_storage; }
        set providedClient(value) { this.#providedClient_accessor_storage = value; }
        #providedLocale_accessor_storage = (__runInitializers(this, _providedClient_extraInitializers), __runInitializers(this, _providedLocale_initializers, void 0));
        get providedLocale() { return this.#providedLocale_accessor_storage; }
        set providedLocale(value) { this.#providedLocale_accessor_storage = value; }
        #providedMessages_accessor_storage = (__runInitializers(this, _providedLocale_extraInitializers), __runInitializers(this, _providedMessages_initializers, void 0));
        get providedMessages() { return this.#providedMessages_accessor_storage; }
        set providedMessages(value) { this.#providedMessages_accessor_storage = value; }
        #providedColorScheme_accessor_storage = (__runInitializers(this, _providedMessages_extraInitializers), __runInitializers(this, _providedColorScheme_initializers, void 0));
        get providedColorScheme() { return this.#providedColorScheme_accessor_storage; }
        set providedColorScheme(value) { this.#providedColorScheme_accessor_storage = value; }
        #client_accessor_storage = (__runInitializers(this, _providedColorScheme_extraInitializers), __runInitializers(this, _client_initializers, void 0));
        /** The SDK client to read data from; defaults to the provider's, else the embedded data. */
        get client() { return this.#client_accessor_storage; }
        set client(value) { this.#client_accessor_storage = value; }
        #messages_accessor_storage = (__runInitializers(this, _client_extraInitializers), __runInitializers(this, _messages_initializers, void 0));
        /** The host's own wording for any string, per locale; merged over ours. */
        get messages() { return this.#messages_accessor_storage; }
        set messages(value) { this.#messages_accessor_storage = value; }
        cachedLocalizer = __runInitializers(this, _messages_extraInitializers);
        /** The client in force: own property, else the provider's, else one on the embedded data. */
        get dataClient() {
            return this.client ?? this.providedClient ?? embeddedClient();
        }
        /** The locale in force (style.md §7). */
        get locale() {
            return resolveLocale(this, this.providedLocale);
        }
        /** Strings, counts and dates in the locale in force. */
        get i18n() {
            const locale = this.locale;
            const overrides = this.messages ?? this.providedMessages;
            if (this.cachedLocalizer?.locale !== locale || this.cachedOverrides !== overrides) {
                this.cachedLocalizer = new Localizer(locale, overrides, this.constructor.sections);
                this.cachedOverrides = overrides;
            }
            return this.cachedLocalizer;
        }
        cachedOverrides;
        /** 'dark' when the provider or an ancestor's `data-color-scheme` says so. */
        get colorScheme() {
            const scheme = this.providedColorScheme ?? ancestorColorScheme(this);
            if (scheme === 'dark')
                return 'dark';
            if (scheme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches)
                return 'dark';
            return 'light';
        }
        connectedCallback() {
            super.connectedCallback();
            watchPage(this);
        }
        disconnectedCallback() {
            super.disconnectedCallback();
            watchers.delete(this);
        }
        attributeChangedCallback(name, old, value) {
            super.attributeChangedCallback(name, old, value);
            if (name === 'lang')
                this.requestUpdate();
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            // Our own attribute, read by our own shadow CSS (tokens.styles.ts): the page is never styled.
            // Touched only when it changes: the page observer watches this attribute, so rewriting it on
            // every update would wake every element again, for ever.
            const dark = this.colorScheme === 'dark';
            if (dark !== (this.getAttribute('data-color-scheme') === 'dark')) {
                if (dark)
                    this.setAttribute('data-color-scheme', 'dark');
                else
                    this.removeAttribute('data-color-scheme');
            }
        }
    };
})();
export { UshtElement };
//# sourceMappingURL=usht-element.js.map