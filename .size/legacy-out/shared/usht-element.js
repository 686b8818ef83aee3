var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
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
export class UshtElement extends LitElement {
    static { this.styles = [tokens]; }
    /**
     * The string sections the element reads: `common` and its own, e.g.
     * `static override sections = {common, priorityBadge}`. Only these are bundled with the element
     * (budgets.md: no element carries another's strings).
     */
    static { this.sections = { common }; }
    static get observedAttributes() {
        return [...super.observedAttributes, 'lang'];
    }
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
}
__decorate([
    consume({ context: clientContext, subscribe: true }),
    state()
], UshtElement.prototype, "providedClient", void 0);
__decorate([
    consume({ context: localeContext, subscribe: true }),
    state()
], UshtElement.prototype, "providedLocale", void 0);
__decorate([
    consume({ context: messagesContext, subscribe: true }),
    state()
], UshtElement.prototype, "providedMessages", void 0);
__decorate([
    consume({ context: colorSchemeContext, subscribe: true }),
    state()
], UshtElement.prototype, "providedColorScheme", void 0);
__decorate([
    property({ attribute: false })
], UshtElement.prototype, "client", void 0);
__decorate([
    property({ attribute: false })
], UshtElement.prototype, "messages", void 0);
//# sourceMappingURL=usht-element.js.map