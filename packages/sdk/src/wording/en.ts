import type {ValidationWording} from './types.js';

const plural = (n: number | bigint, one: string, many: string): string => `${n} ${Number(n) === 1 ? one : many}`;

/** The SDK's own wording (errors, `usht validate` by default). */
export const en: ValidationWording = {
  expected: (what) => `expected ${what}`,
  missing: (what) => `missing: expected ${what}`,
  types: {
    string: 'a string', number: 'a number', int: 'an integer', bigint: 'an integer', boolean: 'true or false',
    object: 'an object', array: 'an array', tuple: 'an array', record: 'an object', map: 'a map', set: 'a set',
    null: 'null', undefined: 'no value', date: 'a date', symbol: 'a symbol', function: 'a function', never: 'no value', nan: 'NaN',
  },
  valueOfType: (type) => `a value of type ${type}`,
  aValue: 'a value',
  formats: {
    email: 'an email address', url: 'a URL', date: 'a date YYYY-MM-DD', datetime: 'an ISO 8601 date-time', time: 'a time HH:MM',
    duration: 'an ISO 8601 duration', uuid: 'a UUID', guid: 'a GUID', ipv4: 'an IPv4 address', ipv6: 'an IPv6 address',
    base64: 'base64 text', lowercase: 'lower-case text', uppercase: 'upper-case text',
  },
  textInFormat: (format) => `text in ${format} format`,
  authored: {},
  oneOf: (shown, more) => `one of ${shown}${more ? ', …' : ''}`,
  textMatching: (pattern) => `text matching ${pattern ?? 'the required pattern'}`,
  textStartingWith: (prefix) => `text starting with ${prefix}`,
  textEndingWith: (suffix) => `text ending with ${suffix}`,
  textContaining: (part) => `text containing ${part}`,
  emptyText: 'expected non-empty text',
  noItems: 'expected at least one item',
  length: (small, bound, unit) => `expected ${small ? 'at least' : 'at most'} ${plural(bound, unit, `${unit}s`)}`,
  dateBound: (small, inclusive, bound) => `expected a date ${small ? (inclusive ? 'on or after' : 'after') : inclusive ? 'on or before' : 'before'} ${bound}`,
  numberBound: (small, inclusive, bound) => `expected a number ${small ? (inclusive ? 'of at least' : 'greater than') : inclusive ? 'of at most' : 'less than'} ${bound}`,
  multipleOf: (divisor) => `expected a multiple of ${divisor}`,
  unknownKeys: (keys) => (keys.length === 1 ? `unknown key ${keys[0]}` : `unknown keys ${keys.join(', ')}`),
  invalidKey: 'invalid key',
  invalidEntry: 'invalid entry',
  or: ' or ',
  oneOfTheForms: 'one of the allowed forms',
  notAFeed: (format, version) => `expected a JSON object with format '${format}' and version ${version}`,
  notValid: 'is not valid here',
};
