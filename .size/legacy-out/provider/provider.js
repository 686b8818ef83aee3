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
], UshtProvider.prototype, "feed", void 0);
__decorate([
    property({ attribute: 'base-url' })
], UshtProvider.prototype, "baseUrl", void 0);
__decorate([
    property({ type: Number })
], UshtProvider.prototype, "timeout", void 0);
__decorate([
    property({ attribute: false })
], UshtProvider.prototype, "client", void 0);
__decorate([
    property({ attribute: false }),
    provide({ context: messagesContext })
], UshtProvider.prototype, "messages", void 0);
__decorate([
    property({ attribute: 'color-scheme' })
], UshtProvider.prototype, "colorScheme", void 0);
__decorate([
    provide({ context: clientContext })
], UshtProvider.prototype, "providedClient", void 0);
__decorate([
    provide({ context: localeContext })
], UshtProvider.prototype, "providedLocale", void 0);
__decorate([
    provide({ context: colorSchemeContext })
], UshtProvider.prototype, "providedColorScheme", void 0);
//# sourceMappingURL=provider.js.map