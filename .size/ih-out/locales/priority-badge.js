// Strings of <usht-priority-badge> and <usht-priority-badges>. nb is the reference: nn and en must
// match its type; se may be partial. Priority-area names and summaries come from the data (nb) and
// are never translated here.
const nb = {
    /** Screen-reader prefix before the name; the visible cue is the category's shape. */
    categoryStanding: 'Varig satsingsområde',
    categoryNational: (years) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
    categoryLeveHeleLivet: 'Innsatsområde i Leve hele livet',
    /** Accessible name of the disclosure button beside a badge. */
    about: (name) => `Om satsingsområdet ${name}`,
    officialName: 'Offisielt navn',
    noSummary: 'Kilden gir ingen beskrivelse av dette satsingsområdet.',
    listLabel: 'Satsingsområder',
    unknownArea: (id) => `Ukjent satsingsområde: ${id}`,
    invalidArea: (id) => `Satsingsområdet ${id} har ugyldige data og vises ikke.`,
    loading: 'Henter satsingsområde …',
    loadFailed: 'Klarte ikke å hente satsingsområdet.',
};
const nn = {
    categoryStanding: 'Varig satsingsområde',
    categoryNational: (years) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
    categoryLeveHeleLivet: 'Innsatsområde i Leve heile livet',
    about: (name) => `Om satsingsområdet ${name}`,
    officialName: 'Offisielt namn',
    noSummary: 'Kjelda gir inga skildring av dette satsingsområdet.',
    listLabel: 'Satsingsområde',
    unknownArea: (id) => `Ukjent satsingsområde: ${id}`,
    invalidArea: (id) => `Satsingsområdet ${id} har ugyldige data og blir ikkje vist.`,
    loading: 'Hentar satsingsområde …',
    loadFailed: 'Klarte ikkje å hente satsingsområdet.',
};
const en = {
    categoryStanding: 'Standing priority area',
    categoryNational: (years) => (years ? `National priority area ${years}` : 'National priority area'),
    categoryLeveHeleLivet: 'Focus area of the Leve hele livet reform',
    about: (name) => `About the priority area ${name}`,
    officialName: 'Official name',
    noSummary: 'The source gives no description of this priority area.',
    listLabel: 'Priority areas',
    unknownArea: (id) => `Unknown priority area: ${id}`,
    invalidArea: (id) => `The priority area ${id} has invalid data and is not shown.`,
    loading: 'Loading priority area …',
    loadFailed: 'Could not load the priority area.',
};
// Northern Sami: nothing we are sure of yet; every string falls back to nb, marked lang="nb".
const se = {};
export const priorityBadge = { nb, nn, en, se };
/**
 * Keys whose nn text is rightly identical to nb: "varig", "nasjonalt", "satsingsområde" and "ukjent"
 * are spelt the same in both written standards (Norsk Ordbok / Bokmålsordboka).
 */
export const priorityBadgeSameInNynorsk = [
    'categoryStanding',
    'categoryNational',
    'about',
    'unknownArea',
];
//# sourceMappingURL=priority-badge.js.map