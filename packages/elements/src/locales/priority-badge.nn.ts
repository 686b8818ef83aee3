import {early, type PriorityBadgeMessages} from './priority-badge.js';

// Nynorsk strings of <usht-priority-badge>, loaded when a page shows it in Nynorsk
// (budgets.md: the entry carries only Bokmål). See priority-badge.ts for the reference.
export const nn: PriorityBadgeMessages = {
  categoryStanding: 'Varig satsingsområde',
  categoryNational: (years) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
  categoryLeveHeleLivet: 'Innsatsområde i Leve heile livet',
  about: (name) => `Om satsingsområdet ${name}`,
  officialName: 'Offisielt namn',
  noSummary: 'Kjelda gir inga skildring av dette satsingsområdet.',
  listLabel: 'Satsingsområde',
  unknownArea: (id) => `Ukjent satsingsområde: ${id}`,
  invalidArea: (id) => `Satsingsområdet ${id} har ugyldige data og blir ikkje vist.`,
  loading: early.nn,
  loadFailed: 'Klarte ikkje å hente satsingsområdet.',
};
