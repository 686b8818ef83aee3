// Strings of the calendar's parts that load on demand: the date fields with their date picker
// dialog, and the subscribe links. A section of their own, bundled with those parts rather than
// with the calendar's entry, which is held at a size ceiling (scripts/size-report.js). nb is the
// reference: nn and en must match its type; se may be partial.
const nb = {
  dateFormat: 'Format: dd.mm.åååå',
  pickDate: (field: string) => `${field}: velg dato`,
  pickedDate: (field: string, date: string) => `${field}: velg dato, valgt ${date}`,
  invalidDate: (field: string) => `${field}: skriv en dato som finnes, som dd.mm.åååå (for eksempel 03.12.2026).`,
  fromAfterTo: 'Til og med dato er før fra og med dato, så ingen aktiviteter kan passe.',
  previousYear: 'Forrige år',
  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  nextYear: 'Neste år',
  cancel: 'Avbryt',
  pickerHelp: 'Piltastene flytter mellom dagene, Page Up/Page Down bytter måned (med Shift: år). Enter velger dagen, Escape lukker uten å endre.',
  subscribe: 'Abonner på kalenderen',
  subscribeWebcal: 'Åpne i kalenderprogrammet ditt',
  subscribeHttps: 'Adressen til kalenderen (for Google og Outlook)',
};
export type CalendarExtrasMessages = typeof nb;

const nn: CalendarExtrasMessages = {
  dateFormat: 'Format: dd.mm.åååå',
  pickDate: (field: string) => `${field}: vel dato`,
  pickedDate: (field: string, date: string) => `${field}: vel dato, vald ${date}`,
  invalidDate: (field: string) => `${field}: skriv ein dato som finst, som dd.mm.åååå (til dømes 03.12.2026).`,
  fromAfterTo: 'Til og med dato er før frå og med dato, så ingen aktivitetar kan passe.',
  previousYear: 'Førre år',
  previousMonth: 'Førre månad',
  nextMonth: 'Neste månad',
  nextYear: 'Neste år',
  cancel: 'Avbryt',
  pickerHelp: 'Piltastane flyttar mellom dagane, Page Up/Page Down byter månad (med Shift: år). Enter vel dagen, Escape lukkar utan å endre.',
  subscribe: 'Abonner på kalenderen',
  subscribeWebcal: 'Opne i kalenderprogrammet ditt',
  subscribeHttps: 'Adressa til kalenderen (for Google og Outlook)',
};

const en: CalendarExtrasMessages = {
  dateFormat: 'Format: dd.mm.yyyy',
  pickDate: (field: string) => `${field}: choose date`,
  pickedDate: (field: string, date: string) => `${field}: choose date, selected ${date}`,
  invalidDate: (field: string) => `${field}: enter a date that exists, as dd.mm.yyyy (for example 03.12.2026).`,
  fromAfterTo: 'The to date is before the from date, so no activities can match.',
  previousYear: 'Previous year',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  nextYear: 'Next year',
  cancel: 'Cancel',
  pickerHelp: 'Arrow keys move between days, Page Up/Page Down change the month (with Shift: the year). Enter chooses the day, Escape closes without a change.',
  subscribe: 'Subscribe to the calendar',
  subscribeWebcal: 'Open in your calendar app',
  subscribeHttps: 'The calendar’s address (for Google and Outlook)',
};

// Northern Sami: only words we are sure of; everything else falls back to nb, marked lang="nb".
const se: Partial<CalendarExtrasMessages> = {};

export const calendarExtras = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const calendarExtrasSameInNynorsk: readonly (keyof CalendarExtrasMessages)[] = ['dateFormat', 'nextYear', 'cancel', 'subscribe'];
