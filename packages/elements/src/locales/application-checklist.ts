import type {Plural} from './types.js';
import {lazyCatalog} from './lazy-catalog.js';

// Strings of <usht-application-checklist>. nb is the reference: nn and en must match its type; se
// may be partial. The rules' own wording comes from the scheme data (nb, with its source) and is
// never translated here. Task names are sentence case and start with a verb (GOV.UK task list);
// statuses are adjectives.
const nb = {
  title: (year: string) => `Søknad om tilskudd for ${year}`,
  summary: (done: string, total: string) => `${done} av ${total} oppgaver fullført`,
  'group-before-you-apply': 'Før du søker',
  'group-application': 'Søknaden',
  'group-after-decision': 'Etter vedtak',
  'task-altinn-role': 'Få delegert rollen i Altinn',
  'task-read-rules': 'Les regelverket for tilskuddet',
  'task-action-plan': (year: string) => `Lag handlingsplan for ${year} som dekker de nasjonale satsingsområdene`,
  'task-project-description': 'Skriv prosjektbeskrivelsen',
  'task-budget': 'Sett opp budsjettet med egenfinansiering',
  'task-unused-funds': 'Svar på om dere har ubrukte midler fra i fjor',
  'task-unused-funds-continue': 'Før opp de ubrukte midlene som videreføring',
  'task-unused-funds-transfer': 'Søk om overføring av de ubrukte midlene',
  'task-earmarked-leve-hele-livet': 'Søk om øremerkede midler til Leve hele livet',
  'task-submit': 'Send søknaden i Altinn',
  'task-reporting': 'Rapporter slik vedtaksbrevet krever',
  'status-not-started': 'Ikke påbegynt',
  'status-in-progress': 'Pågår',
  'status-completed': 'Fullført',
  'status-not-applicable': 'Ikke aktuelt',
  'status-cannot-start-yet': 'Kan ikke starte ennå',
  'status-problem': 'Det er et problem',
  progressLegend: 'Hvor langt har du kommet med denne oppgaven?',
  hasUnusedFunds: (year: string) => `Har dere ubrukte midler fra tilskuddet for ${year}?`,
  applyingAgain: (year: string) => `Søker dere om nytt tilskudd for ${year}?`,
  yes: 'Ja',
  no: 'Nei',
  readSource: 'Les hos kilden:',
  'field-newGrant': 'Nytt tilskudd dere søker om',
  'field-unusedFunds': 'Ubrukte midler fra i fjor',
  'field-ownFunding': 'Egenfinansiering',
  'field-hostCoFunding': 'Vertskommunens medfinansiering',
  'field-earmarkedLeveHeleLivet': 'Øremerkede midler til Leve hele livet',
  'field-caseNumber': 'Saksnummer for fjorårets tilskudd',
  amountHint: 'I kroner, for eksempel 250 000',
  earmarkedHint: (max: string) => `I kroner, inntil ${max}`,
  errorPrefix: 'Feil:',
  'error-required': (field: string) => `Fyll inn «${field}»`,
  'error-not-a-number': (field: string) => `«${field}» må være et beløp i kroner, for eksempel 250 000`,
  'error-negative': (field: string) => `«${field}» kan ikke være et negativt beløp`,
  'error-over-limit': (field: string, max: string) => `«${field}» kan ikke være mer enn ${max}`,
  'error-case-number-format': (field: string) => `«${field}» har ikke riktig form`,
  'error-too-long': (field: string) => `«${field}» er for langt`,
  totalWithUnused: 'Totalt søknadsbeløp (ubrukte midler + nytt tilskudd)',
  total: 'Totalt søknadsbeløp',
  totalPending: 'regnes ut når beløpene er fylt inn riktig',
  remember: 'Husk fremdriften i denne nettleseren',
  rememberHint: 'Ingenting lagres før du krysser av. Fremdriften lagres bare på denne enheten og sendes ikke til noen.',
  storedNote: (year: string) => `Fremdriften for ${year} lagres i denne nettleseren.`,
  forget: 'Glem fremdriften',
  forgotten: 'Fremdriften er slettet fra nettleseren. Det du ser nå, forsvinner når du lukker siden.',
  notStoredNote: 'Fremdriften lagres ikke. Last den ned som fil hvis du vil fortsette senere.',
  otherTabLoaded: 'Nyere fremdrift fra en annen fane er hentet inn.',
  otherTabForgot: 'Fremdriften ble slettet i en annen fane og lagres ikke lenger.',
  storageRecovered: 'Deler av den lagrede fremdriften var skadet. Det som var i orden, er hentet fram.',
  storedNewer: 'Fremdriften som er lagret i denne nettleseren, er lagret av en nyere versjon av sjekklisten og kan ikke vises her. Den er ikke endret.',
  storedUnreadable: 'Fremdriften som er lagret i denne nettleseren, kan ikke leses. Den er ikke endret.',
  storedKept: 'Det du gjør nå, lagres ikke før du velger hva som skal skje med den.',
  downloadStored: 'Last ned den lagrede fremdriften',
  replaceStored: 'Erstatt den med fremdriften her',
  keptThere: (part: string) => `«${part}» ble endret i en annen fane samtidig. Endringen der er beholdt.`,
  keptHere: (part: string) => `«${part}» ble endret i en annen fane samtidig. Endringen her er beholdt.`,
  storageUnavailable: 'Nettleseren tillater ikke lagring. Last ned fremdriften som fil for å ta vare på den.',
  toolsHeading: 'Ta med fremdriften',
  export: 'Last ned fremdriften',
  import: 'Hent fremdrift fra fil',
  print: 'Skriv ut',
  importDone: 'Fremdriften fra filen er hentet inn.',
  importInvalid: 'Filen kan ikke brukes: den er ikke en gyldig fremdriftsfil for denne sjekklisten. Fremdriften din er ikke endret.',
  importWrongYear: (fileYear: string) => `Filen gjelder søknaden for ${fileYear}. Fremdriften din er ikke endret.`,
  importWrongCentre: 'Filen gjelder et annet utviklingssenter. Fremdriften din er ikke endret.',
  unknownYear: (year: string, years: string) => `Sjekklisten har ikke reglene for tilskuddet for ${year}. Den finnes for: ${years}.`,
  noSchemes: 'Sjekklisten har ikke reglene for noe tilskuddsår.',
  loading: 'Henter reglene for tilskuddet …',
  loadFailed: 'Klarte ikke å hente reglene for tilskuddet.',
};
export type ApplicationChecklistMessages = typeof nb;

// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se: Partial<ApplicationChecklistMessages> = {
  yes: 'Juo',
  no: 'Ii',
};

/** The loading state's text, shown before nn or en could have loaded; the nn and en files reuse it. */
export const early = {nn: 'Hentar reglane for tilskotet …', en: 'Loading the grant rules …'};

export const applicationChecklist = lazyCatalog(nb, se, {
  nn: () => import('./application-checklist.nn.js').then((m) => m.nn),
  en: () => import('./application-checklist.en.js').then((m) => m.en),
}, {nn: {loading: early.nn}, en: {loading: early.en}});

/** Keys whose nn text is rightly identical to nb. */
export const applicationChecklistSameInNynorsk: readonly (keyof ApplicationChecklistMessages)[] = [
  'group-application', 'group-after-decision', 'task-submit', 'status-in-progress', 'status-completed',
  'earmarkedHint', 'yes', 'no', 'errorPrefix', 'error-required', 'error-too-long', 'print',
];

export type {Plural};
