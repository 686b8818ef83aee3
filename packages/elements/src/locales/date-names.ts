import type {Locale} from './resolve.js';

// Chromium ships no Nynorsk or Northern Sami date names (in Debian Chromium 156 both resolve to
// en-US), so we carry them. Sources: the Norwegian Language Council's spelling of month and day
// names (nn) and CLDR's Northern Sami (se) data.
interface DateNames {
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  /** Monday first. */
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
}

export const ownDateNames: Partial<Record<Locale, DateNames>> = {
  nn: {
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthsShort: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
    weekdaysShort: ['må.', 'ty.', 'on.', 'to.', 'fr.', 'la.', 'sø.'],
  },
  se: {
    months: ['ođđajagemánnu', 'guovvamánnu', 'njukčamánnu', 'cuoŋománnu', 'miessemánnu', 'geassemánnu', 'suoidnemánnu', 'borgemánnu', 'čakčamánnu', 'golggotmánnu', 'skábmamánnu', 'juovlamánnu'],
    monthsShort: ['ođđj', 'guov', 'njuk', 'cuo', 'mies', 'geas', 'suoi', 'borg', 'čakč', 'golg', 'skáb', 'juov'],
    weekdays: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
    weekdaysShort: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
  },
};
