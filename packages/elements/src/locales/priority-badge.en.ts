import {early, type PriorityBadgeMessages} from './priority-badge.js';

// English strings of <usht-priority-badge>, loaded when a page shows it in English
// (budgets.md: the entry carries only Bokmål). See priority-badge.ts for the reference.
export const en: PriorityBadgeMessages = {
  categoryStanding: 'Standing priority area',
  categoryNational: (years) => (years ? `National priority area ${years}` : 'National priority area'),
  categoryLeveHeleLivet: 'Focus area of the Leve hele livet reform',
  about: (name) => `About the priority area ${name}`,
  officialName: 'Official name',
  noSummary: 'The source gives no description of this priority area.',
  listLabel: 'Priority areas',
  unknownArea: (id) => `Unknown priority area: ${id}`,
  invalidArea: (id) => `The priority area ${id} has invalid data and is not shown.`,
  loading: early.en,
  loadFailed: 'Could not load the priority area.',
};
