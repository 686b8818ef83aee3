import type { UshtClient } from '@usht/sdk';
/** The SDK client (and so the data source) every element inside a provider uses. */
export declare const clientContext: {
    __context__: UshtClient | undefined;
};
/** The locale a provider sets for everything inside it. */
export declare const localeContext: {
    __context__: "en" | "nb" | "nn" | "se" | undefined;
};
/** Host overrides of our strings, per locale. */
export declare const messagesContext: {
    __context__: Partial<Record<"en" | "nb" | "nn" | "se", import("../locales/types.js").DeepPartial<import("../locales/messages.js").Messages>>> | undefined;
};
/** The colour scheme a provider sets ('light' | 'dark'); absent means: follow the page. */
export declare const colorSchemeContext: {
    __context__: "dark" | "light" | undefined;
};
export declare const colorSchemes: readonly ['light', 'dark'];
export type ColorScheme = (typeof colorSchemes)[number];
//# sourceMappingURL=contexts.d.ts.map