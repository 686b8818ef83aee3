import {createContext} from '@lit/context';
import type {UshtClient} from '@usht/sdk';
import type {Locale} from '../locales/resolve.js';
import type {MessageOverrides} from '../locales/messages.js';

// Keys are global symbols so two copies of the same major version on a page still talk to each
// other; a new major version gets a new key (style.md §3).

/** The SDK client (and so the data source) every element inside a provider uses. */
export const clientContext = createContext<UshtClient | undefined>(Symbol.for('usht-client-v1'));

/** The locale a provider sets for everything inside it. */
export const localeContext = createContext<Locale | undefined>(Symbol.for('usht-locale-v1'));

/** Host overrides of our strings, per locale. */
export const messagesContext = createContext<MessageOverrides | undefined>(Symbol.for('usht-messages-v1'));

/** The colour scheme a provider sets ('light' | 'dark'); absent means: follow the page. */
export const colorSchemeContext = createContext<ColorScheme | undefined>(Symbol.for('usht-color-scheme-v1'));

export const colorSchemes = ['light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
