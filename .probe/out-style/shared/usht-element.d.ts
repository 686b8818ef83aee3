import { LitElement } from 'lit';
import type { UshtClient } from '@usht/sdk';
import { type ColorScheme } from './contexts.js';
import { Localizer } from './localizer.js';
import { type Locale } from '../locales/resolve.js';
import type { MessageOverrides, SectionCatalogs } from '../locales/messages.js';
/**
 * What every usht-kit element shares: the data client, locale, host message overrides and colour
 * scheme, each from the element itself, else its `<usht-provider>`, else the page.
 */
export declare class UshtElement extends LitElement {
    static styles: import("lit").CSSResult[];
    /**
     * The string sections the element reads: `common` and its own, e.g.
     * `static override sections = {common, priorityBadge}`. Only these are bundled with the element
     * (budgets.md: no element carries another's strings).
     */
    static sections: SectionCatalogs;
    static get observedAttributes(): string[];
    accessor providedClient: UshtClient | undefined;
    accessor providedLocale: Locale | undefined;
    accessor providedMessages: MessageOverrides | undefined;
    accessor providedColorScheme: ColorScheme | undefined;
    /** The SDK client to read data from; defaults to the provider's, else the embedded data. */
    accessor client: UshtClient | undefined;
    /** The host's own wording for any string, per locale; merged over ours. */
    accessor messages: MessageOverrides | undefined;
    private cachedLocalizer;
    /** The client in force: own property, else the provider's, else one on the embedded data. */
    get dataClient(): UshtClient;
    /** The locale in force (style.md §7). */
    get locale(): Locale;
    /** Strings, counts and dates in the locale in force. */
    get i18n(): Localizer;
    private cachedOverrides;
    /** 'dark' when the provider or an ancestor's `data-color-scheme` says so. */
    get colorScheme(): ColorScheme;
    connectedCallback(): void;
    disconnectedCallback(): void;
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    protected willUpdate(changed: Map<PropertyKey, unknown>): void;
}
//# sourceMappingURL=usht-element.d.ts.map