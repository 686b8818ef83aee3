import { LitElement } from 'lit';
import { type UshtClient } from '@usht/sdk';
import { type ColorScheme } from '../shared/contexts.js';
import { type Locale } from '../locales/resolve.js';
import type { MessageOverrides } from '../locales/messages.js';
/**
 * Shares one data source, a locale, the host's wording and a colour scheme with every usht-kit
 * element inside it, through `@lit/context`. Without a provider each element works alone on the
 * embedded data.
 *
 * @summary Shares data source, locale and theme with the usht-kit elements inside it.
 * @tagname usht-provider
 * @slot - The page content holding usht-kit elements.
 */
export declare class UshtProvider extends LitElement {
    static styles: import("lit").CSSResult;
    static get observedAttributes(): string[];
    /** URL of a data feed (one JSON document, see the feed format); used when no `client` is set. */
    accessor feed: string | undefined;
    /** Base URL of a USHT REST API; used when neither `client` nor `feed` is set. */
    accessor baseUrl: string | undefined;
    /** Request timeout in milliseconds for `feed` and `base-url`. */
    accessor timeout: number | undefined;
    /** A ready SDK client (any data source); takes precedence over `feed` and `base-url`. */
    accessor client: UshtClient | undefined;
    /** The host's own wording, per locale, for every element inside. */
    accessor messages: MessageOverrides | undefined;
    /** `light` or `dark`; unset follows the page (`data-color-scheme` on an ancestor). */
    accessor colorScheme: string | undefined;
    accessor providedClient: UshtClient | undefined;
    accessor providedLocale: Locale | undefined;
    accessor providedColorScheme: ColorScheme | undefined;
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    connectedCallback(): void;
    protected willUpdate(changed: Map<PropertyKey, unknown>): void;
    private makeClient;
    protected render(): import("lit-html").TemplateResult<1>;
}
//# sourceMappingURL=provider.d.ts.map