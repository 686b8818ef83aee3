/**
 * What the iframe fallback page (`embed.html`, R21) may create from its query string: the
 * elements, and per element the public attributes (custom-elements.json) it accepts. Everything
 * else in the address is ignored and named in a note. test/node/embed-allow-list.test.ts holds
 * this list against the manifest: every attribute here is a public attribute of its element, and
 * every public attribute is either here or in `withheldAttributes` with the reason.
 *
 * Pure data, no DOM: the Node test imports it.
 */

/** The page's own locales; `lang` maps anything else to `nb` (Sami strings are partial, style.md §7). */
export const embedLocales = ['nb', 'nn', 'en'] as const;
export type EmbedLocale = (typeof embedLocales)[number];

/** Query parameters the page itself reads; they never become attributes. */
export const pageParameters = ['element', 'lang', 'color-scheme'] as const;

/** Values `color-scheme` accepts: it sets `data-color-scheme` on `<html>`, which the elements follow. */
export const colorSchemes = ['light', 'dark'] as const;

export interface EmbeddableElement {
  /** Attribute names accepted from the query string, as the element documents them. */
  readonly attributes: readonly string[];
  /** Boolean attributes: `name`, `name=`, `name=1` or `name=true` set them; `0` or `false` leave them off. */
  readonly booleans?: readonly string[];
  /** Attributes that take only some of their values here (the rest are withheld, see below). */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** The frame document's `<title>` (WCAG 2.4.2; the host's iframe `title` names the frame, H64). */
  readonly title: Readonly<Record<EmbedLocale, string>>;
}

export const embeddableElements: Readonly<Record<string, EmbeddableElement>> = {
  'usht-activity-calendar': {
    attributes: ['view', 'centre', 'priority-area', 'mode', 'audience', 'search', 'from', 'to', 'month', 'include-past', 'heading-level', 'subscribe-url'],
    booleans: ['include-past'],
    title: {
      nb: 'Aktivitetskalender for utviklingssentrene for sykehjem og hjemmetjenester (USHT)',
      nn: 'Aktivitetskalender for utviklingssentera for sjukeheimar og heimetenester (USHT)',
      en: 'Activity calendar of the development centres for nursing homes and home services (USHT)',
    },
  },
  'usht-centre-map': {
    attributes: ['selected', 'municipality', 'heading-level'],
    title: {
      nb: 'Kart over utviklingssentrene for sykehjem og hjemmetjenester (USHT)',
      nn: 'Kart over utviklingssentera for sjukeheimar og heimetenester (USHT)',
      en: 'Map of the development centres for nursing homes and home services (USHT)',
    },
  },
  'usht-application-checklist': {
    attributes: ['year', 'centre', 'storage', 'heading-level'],
    // `local` stores without asking: a host's privacy statement cannot cover storage on the
    // frame's origin, so the frame always asks first (ekomloven 2025) or never stores.
    values: {storage: ['ask', 'none']},
    title: {
      nb: 'Sjekkliste for søknad om tilskudd til utviklingssenter (USHT)',
      nn: 'Sjekkliste for søknad om tilskot til utviklingssenter (USHT)',
      en: 'Grant application checklist for development centres (USHT)',
    },
  },
  'usht-priority-badge': {
    attributes: ['area'],
    title: {nb: 'Satsingsområde (USHT)', nn: 'Satsingsområde (USHT)', en: 'Priority area (USHT)'},
  },
  'usht-priority-badges': {
    attributes: ['areas'],
    title: {nb: 'Satsingsområder (USHT)', nn: 'Satsingsområde (USHT)', en: 'Priority areas (USHT)'},
  },
};

/** Public attributes the page does not take from its address, and why. */
export const withheldAttributes: Readonly<Record<string, string>> = {
  lang: 'the `lang` page parameter sets <html lang>, which every element follows',
  'sync-url': "would mirror the calendar's filters into the frame's own address, which nobody sees or shares",
};

/** Public elements the page does not create, and why. */
export const withheldElements: Readonly<Record<string, string>> = {
  'usht-provider':
    'takes a data source URL (feed, base-url): data named by an address would be shown under the kit\'s origin; the frame uses the embedded data',
  'usht-activity-editor':
    'a coordinator\'s tool, not a visitor\'s widget: it has its own CDN file and page (examples/publish.html), and in a sandboxed frame it could keep no drafts',
};

/** Longest attribute value taken from the address. */
export const maxValueLength = 200;

export interface EmbedStrings {
  readonly unknownTitle: string;
  readonly unknownElement: string;
  readonly allowedElements: string;
  readonly ignored: string;
  readonly invalidName: string;
}

export const embedStrings: Readonly<Record<EmbedLocale, EmbedStrings>> = {
  nb: {
    unknownTitle: 'Innholdet kan ikke vises (USHT)',
    unknownElement: 'Denne rammen kan ikke vise innholdet: adressen ber om et element som ikke finnes.',
    allowedElements: 'Elementer rammen kan vise:',
    ignored: 'Disse parameterne i adressen ble ikke brukt:',
    invalidName: 'ugyldig navn',
  },
  nn: {
    unknownTitle: 'Innhaldet kan ikkje visast (USHT)',
    unknownElement: 'Denne ramma kan ikkje vise innhaldet: adressa ber om eit element som ikkje finst.',
    allowedElements: 'Element ramma kan vise:',
    ignored: 'Desse parametrane i adressa vart ikkje brukte:',
    invalidName: 'ugyldig namn',
  },
  en: {
    unknownTitle: 'The content cannot be shown (USHT)',
    unknownElement: 'This frame cannot show its content: the address asks for an element that does not exist.',
    allowedElements: 'Elements this frame can show:',
    ignored: 'These parameters in the address were not used:',
    invalidName: 'invalid name',
  },
};
