import type {ValidationWording} from './types.js';

/** Nynorsk: what `usht validate --lang nn` prints and the activity editor shows beside a field. */
export const nn: ValidationWording = {
  expected: (what) => `må vere ${what}`,
  missing: (what) => `manglar: må vere ${what}`,
  types: {
    string: 'tekst', number: 'eit tal', int: 'eit heiltal', bigint: 'eit heiltal', boolean: 'sann eller usann (true/false)',
    object: 'eit objekt', array: 'ei liste', tuple: 'ei liste', record: 'eit objekt', map: 'ein tabell', set: 'ei mengd',
    null: 'null', undefined: 'ingen verdi', date: 'ein dato', symbol: 'eit symbol', function: 'ein funksjon', never: 'ingen verdi', nan: 'NaN',
  },
  valueOfType: (type) => `ein verdi av typen ${type}`,
  aValue: 'ein verdi',
  formats: {
    email: 'ei e-postadresse', url: 'ei nettadresse', date: 'ein dato ÅÅÅÅ-MM-DD', datetime: 'eit ISO 8601-tidspunkt',
    time: 'eit klokkeslett tt:mm', duration: 'ei ISO 8601-varigheit', uuid: 'ein UUID', guid: 'ein GUID', ipv4: 'ei IPv4-adresse',
    ipv6: 'ei IPv6-adresse', base64: 'base64-tekst', lowercase: 'tekst med små bokstavar', uppercase: 'tekst med store bokstavar',
  },
  textInFormat: (format) => `tekst i formatet ${format}`,
  authored: {
    'an id in kebab-case (a-z, 0-9, -)': 'ein id med små bokstavar, siffer og bindestrek (a-z, 0-9, -)',
    'a 4-digit municipality number': 'eit kommunenummer med fire siffer',
    'a 2-digit county number': 'eit fylkesnummer med to siffer',
    'a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM': 'ein dato ÅÅÅÅ-MM-DD eller eit lokalt tidspunkt ÅÅÅÅ-MM-DDTtt:mm',
    'a local date-time YYYY-MM-DDTHH:MM': 'eit lokalt tidspunkt ÅÅÅÅ-MM-DDTtt:mm',
    'a day that exists in the calendar': 'ein dag som finst i kalenderen',
    'a phone number': 'eit telefonnummer',
    'an absolute http(s) or mailto URL': 'ei fullstendig nettadresse (http, https eller mailto)',
    'at least one source id': 'minst éin kjelde-id',
  },
  oneOf: (shown, more) => `éin av ${shown}${more ? ', …' : ''}`,
  textMatching: (pattern) => (pattern ? `tekst som følgjer mønsteret ${pattern}` : 'tekst i rett format'),
  textStartingWith: (prefix) => `tekst som byrjar med ${prefix}`,
  textEndingWith: (suffix) => `tekst som sluttar med ${suffix}`,
  textContaining: (part) => `tekst som inneheld ${part}`,
  emptyText: 'kan ikkje vere tom',
  noItems: 'må ha minst eitt element',
  length: (small, bound, unit) => `${small ? 'må ha minst' : 'kan ha høgst'} ${bound} ${unit === 'character' ? 'teikn' : 'element'}`,
  dateBound: (small, inclusive, bound) =>
    `må vere ein dato ${small ? (inclusive ? 'på eller etter' : 'etter') : inclusive ? 'på eller før' : 'før'} ${bound}`,
  numberBound: (small, inclusive, bound) =>
    `må vere eit tal ${small ? (inclusive ? 'på minst' : 'større enn') : inclusive ? 'på høgst' : 'mindre enn'} ${bound}`,
  multipleOf: (divisor) => `må vere eit multiplum av ${divisor}`,
  unknownKeys: (keys) => (keys.length === 1 ? `ukjend nøkkel ${keys[0]}` : `ukjende nøklar ${keys.join(', ')}`),
  invalidKey: 'ugyldig nøkkel',
  invalidEntry: 'ugyldig element',
  or: ' eller ',
  oneOfTheForms: 'ei av dei tillatne formene',
  notAFeed: (format, version) => `må vere eit JSON-objekt med format '${format}' og versjon ${version}`,
  notValid: 'er ikkje gyldig her',
};
