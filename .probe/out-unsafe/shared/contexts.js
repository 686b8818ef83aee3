import { createContext } from '@lit/context';
// Keys are global symbols so two copies of the same major version on a page still talk to each
// other; a new major version gets a new key (style.md §3).
/** The SDK client (and so the data source) every element inside a provider uses. */
export const clientContext = createContext(Symbol.for('usht-client-v1'));
/** The locale a provider sets for everything inside it. */
export const localeContext = createContext(Symbol.for('usht-locale-v1'));
/** Host overrides of our strings, per locale. */
export const messagesContext = createContext(Symbol.for('usht-messages-v1'));
/** The colour scheme a provider sets ('light' | 'dark'); absent means: follow the page. */
export const colorSchemeContext = createContext(Symbol.for('usht-color-scheme-v1'));
export const colorSchemes = ['light', 'dark'];
//# sourceMappingURL=contexts.js.map