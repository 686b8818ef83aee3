import type {ValidationWording} from './types.js';

/** Bokmål: what `usht validate --lang nb` prints and the activity editor shows beside a field. */
export const nb: ValidationWording = {
  expected: (what) => `må være ${what}`,
  missing: (what) => `mangler: må være ${what}`,
  types: {
    string: 'tekst', number: 'et tall', int: 'et heltall', bigint: 'et heltall', boolean: 'sann eller usann (true/false)',
    object: 'et objekt', array: 'en liste', tuple: 'en liste', record: 'et objekt', map: 'en tabell', set: 'en mengde',
    null: 'null', undefined: 'ingen verdi', date: 'en dato', symbol: 'et symbol', function: 'en funksjon', never: 'ingen verdi', nan: 'NaN',
  },
  valueOfType: (type) => `en verdi av typen ${type}`,
  aValue: 'en verdi',
  formats: {
    email: 'en e-postadresse', url: 'en nettadresse', date: 'en dato ÅÅÅÅ-MM-DD', datetime: 'et ISO 8601-tidspunkt',
    time: 'et klokkeslett tt:mm', duration: 'en ISO 8601-varighet', uuid: 'en UUID', guid: 'en GUID', ipv4: 'en IPv4-adresse',
    ipv6: 'en IPv6-adresse', base64: 'base64-tekst', lowercase: 'tekst med små bokstaver', uppercase: 'tekst med store bokstaver',
  },
  textInFormat: (format) => `tekst i formatet ${format}`,
  authored: {
    'an id in kebab-case (a-z, 0-9, -)': 'en id med små bokstaver, sifre og bindestrek (a-z, 0-9, -)',
    'a 4-digit municipality number': 'et kommunenummer med fire sifre',
    'a 2-digit county number': 'et fylkesnummer med to sifre',
    'a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM': 'en dato ÅÅÅÅ-MM-DD eller et lokalt tidspunkt ÅÅÅÅ-MM-DDTtt:mm',
    'a local date-time YYYY-MM-DDTHH:MM': 'et lokalt tidspunkt ÅÅÅÅ-MM-DDTtt:mm',
    'a day that exists in the calendar': 'en dag som finnes i kalenderen',
    'a phone number': 'et telefonnummer',
    'an absolute http(s) or mailto URL': 'en fullstendig nettadresse (http, https eller mailto)',
    'at least one source id': 'minst én kilde-id',
  },
  oneOf: (shown, more) => `én av ${shown}${more ? ', …' : ''}`,
  textMatching: (pattern) => (pattern ? `tekst som følger mønsteret ${pattern}` : 'tekst i riktig format'),
  textStartingWith: (prefix) => `tekst som begynner med ${prefix}`,
  textEndingWith: (suffix) => `tekst som slutter med ${suffix}`,
  textContaining: (part) => `tekst som inneholder ${part}`,
  emptyText: 'kan ikke være tom',
  noItems: 'må ha minst ett element',
  length: (small, bound, unit) =>
    `${small ? 'må ha minst' : 'kan ha høyst'} ${bound} ${unit === 'character' ? 'tegn' : Number(bound) === 1 ? 'element' : 'elementer'}`,
  dateBound: (small, inclusive, bound) =>
    `må være en dato ${small ? (inclusive ? 'på eller etter' : 'etter') : inclusive ? 'på eller før' : 'før'} ${bound}`,
  numberBound: (small, inclusive, bound) =>
    `må være et tall ${small ? (inclusive ? 'på minst' : 'større enn') : inclusive ? 'på høyst' : 'mindre enn'} ${bound}`,
  multipleOf: (divisor) => `må være et multiplum av ${divisor}`,
  unknownKeys: (keys) => (keys.length === 1 ? `ukjent nøkkel ${keys[0]}` : `ukjente nøkler ${keys.join(', ')}`),
  invalidKey: 'ugyldig nøkkel',
  invalidEntry: 'ugyldig element',
  or: ' eller ',
  oneOfTheForms: 'en av de tillatte formene',
  notAFeed: (format, version) => `må være et JSON-objekt med format '${format}' og versjon ${version}`,
  notValid: 'er ikke gyldig her',
};
