import type {Plural} from './types.js';

// Strings of the activity editor's "publish to a server" part (activity-editor/server-publisher.ts).
// That part loads when a coordinator opens it, and its strings with it (every language: they are
// small, and none of them costs the editor's own entry). Plain words for nurses and advisers: the
// server's address and a key (nøkkel), never "endpoint" or "token" alone.
const nb = {
  heading: 'Publiser til senterets server',
  intro: 'Har senteret en USHT-server, kan du publisere aktivitetene dit direkte. Da viser kalenderne på nettsidene endringene med en gang, og ingen fil må lastes opp.',
  url: 'Adressen til serveren',
  urlHint: 'For eksempel https://api.kommune.no/usht/. Du får den av den som driver serveren.',
  token: 'Nøkkel',
  tokenHint: 'Nøkkelen begynner med «usht_». Den huskes bare så lenge denne siden er åpen, og vises aldri for andre.',
  publish: {one: (n: string) => `Publiser ${n} aktivitet`, other: (n: string) => `Publiser ${n} aktiviteter`},
  'problem-url-missing': 'Skriv adressen til serveren',
  'problem-url-invalid': 'Skriv en adresse som begynner med https://',
  'problem-token-missing': 'Skriv inn nøkkelen',
  'problem-token-invalid': 'Nøkkelen skal begynne med «usht_»; sjekk at hele nøkkelen er med',
  working: (done: string, total: string) => `Publiserer … ${done} av ${total} er ferdige.`,
  resultHeading: 'Resultat',
  result: (created: string, updated: string, unchanged: string) => `Publisert: ${created} nye, ${updated} endret, ${unchanged} uendret.`,
  needsYou: {one: (n: string) => `${n} aktivitet trenger deg:`, other: (n: string) => `${n} aktiviteter trenger deg:`},
  unauthorized: 'Serveren godtok ikke nøkkelen (den er ukjent, feilskrevet eller trukket tilbake). Be den som driver serveren om en ny nøkkel. Ingenting er endret, og aktivitetene ligger fortsatt her.',
  forbidden: 'Nøkkelen gjelder et annet senter, så serveren tar ikke imot denne aktiviteten.',
  invalid: 'Serveren tok ikke imot aktiviteten:',
  conflict: 'Noen andre har endret denne aktiviteten på serveren etter at du sist publiserte den.',
  conflictUnknown: 'Aktiviteten finnes allerede på serveren, i en annen versjon enn din.',
  onServer: 'På serveren nå:',
  keepServer: 'Bruk versjonen på serveren',
  keepMine: 'Overskriv med min versjon',
  tooMany: (seconds: string) => `Serveren ber deg vente ${seconds} sekunder før du prøver igjen. Ingenting er tapt.`,
  offline: 'Fikk ikke kontakt med serveren. Sjekk adressen og nettforbindelsen, og prøv igjen. Ingenting er tapt: aktivitetene ligger fortsatt her.',
  failed: (status: string) => `Serveren svarte med en feil (${status}). Prøv igjen senere.`,
  keptServer: (title: string) => `«${title}» er nå som på serveren.`,
};

export type ServerPublisherMessages = typeof nb;

const nn: ServerPublisherMessages = {
  heading: 'Publiser til serveren til senteret',
  intro: 'Har senteret ein USHT-server, kan du publisere aktivitetane dit direkte. Då viser kalendrane på nettsidene endringane med ein gong, og ingen fil må lastast opp.',
  url: 'Adressa til serveren',
  urlHint: 'Til dømes https://api.kommune.no/usht/. Du får ho av den som driv serveren.',
  token: 'Nøkkel',
  tokenHint: 'Nøkkelen byrjar med «usht_». Han vert berre hugsa så lenge denne sida er open, og vert aldri vist for andre.',
  publish: {one: (n) => `Publiser ${n} aktivitet`, other: (n) => `Publiser ${n} aktivitetar`},
  'problem-url-missing': 'Skriv adressa til serveren',
  'problem-url-invalid': 'Skriv ei adresse som byrjar med https://',
  'problem-token-missing': 'Skriv inn nøkkelen',
  'problem-token-invalid': 'Nøkkelen skal byrje med «usht_»; sjekk at heile nøkkelen er med',
  working: (done, total) => `Publiserer … ${done} av ${total} er ferdige.`,
  resultHeading: 'Resultat',
  result: (created, updated, unchanged) => `Publisert: ${created} nye, ${updated} endra, ${unchanged} uendra.`,
  needsYou: {one: (n) => `${n} aktivitet treng deg:`, other: (n) => `${n} aktivitetar treng deg:`},
  unauthorized: 'Serveren godtok ikkje nøkkelen (han er ukjend, feilskriven eller trekt tilbake). Be den som driv serveren om ein ny nøkkel. Ingenting er endra, og aktivitetane ligg framleis her.',
  forbidden: 'Nøkkelen gjeld eit anna senter, så serveren tek ikkje imot denne aktiviteten.',
  invalid: 'Serveren tok ikkje imot aktiviteten:',
  conflict: 'Nokon andre har endra denne aktiviteten på serveren etter at du sist publiserte han.',
  conflictUnknown: 'Aktiviteten finst allereie på serveren, i ein annan versjon enn din.',
  onServer: 'På serveren no:',
  keepServer: 'Bruk versjonen på serveren',
  keepMine: 'Skriv over med min versjon',
  tooMany: (seconds) => `Serveren ber deg vente ${seconds} sekund før du prøver igjen. Ingenting er tapt.`,
  offline: 'Fekk ikkje kontakt med serveren. Sjekk adressa og nettsambandet, og prøv igjen. Ingenting er tapt: aktivitetane ligg framleis her.',
  failed: (status) => `Serveren svarte med ein feil (${status}). Prøv igjen seinare.`,
  keptServer: (title) => `«${title}» er no som på serveren.`,
};

const en: ServerPublisherMessages = {
  heading: 'Publish to the centre’s server',
  intro: 'If your centre has a USHT server, you can publish the activities to it directly. The calendars on your web pages then show the changes at once, and no file needs uploading.',
  url: 'Address of the server',
  urlHint: 'For example https://api.kommune.no/usht/. You get it from whoever runs the server.',
  token: 'Key',
  tokenHint: 'The key starts with “usht_”. It is remembered only while this page is open, and never shown to anyone.',
  publish: {one: (n) => `Publish ${n} activity`, other: (n) => `Publish ${n} activities`},
  'problem-url-missing': 'Enter the address of the server',
  'problem-url-invalid': 'Enter an address that starts with https://',
  'problem-token-missing': 'Enter the key',
  'problem-token-invalid': 'The key starts with “usht_”; check that all of it is there',
  working: (done, total) => `Publishing … ${done} of ${total} done.`,
  resultHeading: 'Result',
  result: (created, updated, unchanged) => `Published: ${created} new, ${updated} changed, ${unchanged} unchanged.`,
  needsYou: {one: (n) => `${n} activity needs you:`, other: (n) => `${n} activities need you:`},
  unauthorized: 'The server did not accept the key (it is unknown, mistyped or revoked). Ask whoever runs the server for a new key. Nothing has changed, and the activities are still here.',
  forbidden: 'The key is for another centre, so the server does not take this activity.',
  invalid: 'The server did not take the activity:',
  conflict: 'Someone else changed this activity on the server after you last published it.',
  conflictUnknown: 'The activity is already on the server, in another version than yours.',
  onServer: 'On the server now:',
  keepServer: 'Use the version on the server',
  keepMine: 'Overwrite with my version',
  tooMany: (seconds) => `The server asks you to wait ${seconds} seconds before trying again. Nothing is lost.`,
  offline: 'Could not reach the server. Check the address and your connection, and try again. Nothing is lost: the activities are still here.',
  failed: (status) => `The server answered with an error (${status}). Try again later.`,
  keptServer: (title) => `“${title}” is now as on the server.`,
};

const se: Partial<ServerPublisherMessages> = {};

export const serverPublisher = {nb, nn, en, se};

/** Keys whose Nynorsk text is rightly identical to Bokmål. */
export const serverPublisherSameInNynorsk: readonly (keyof ServerPublisherMessages)[] = ['token', 'working', 'resultHeading', 'keepServer', 'problem-token-missing'];

export type {Plural};
