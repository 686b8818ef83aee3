import { addDays } from './calendar-model.js';
// Generated SAMPLE activities for stories, tests and the benchmark. Every record says
// `sample: true` (shown as "Eksempeldata"), titles start with "Eksempel:", places and links are
// made up (example.org), and nothing here is ever mixed into the embedded, sourced data. Centre
// and priority-area ids are the real ones so filters and badges behave as they will on real data.
const centreIds = [
    'finnmark', 'samisk', 'troms', 'nordland', 'nord-trondelag', 'sor-trondelag', 'more-og-romsdal', 'sogn-og-fjordane',
    'hordaland', 'helse-fonna', 'rogaland', 'vest-agder', 'aust-agder', 'telemark', 'vestfold', 'buskerud', 'oslo',
    'akershus', 'ostfold', 'oppland', 'hedmark',
];
const areaIds = [
    'samarbeid-pasienter-brukere-parorende', 'faglig-omstilling', 'hjemmebaserte-tjenester', 'fornyelse-innovasjon',
    'leve-hele-livet', 'demensplan-2025', 'pasientsikkerhet-kvalitetsforbedring', 'utviklingshemming', 'velferdsteknologi',
];
const kinds = [
    ['network-meeting', 'nettverksmøte'], ['learning-network', 'læringsnettverk'], ['course', 'kurs'],
    ['professional-day', 'fagdag'], ['conference', 'konferanse'], ['webinar', 'webinar'], ['abc', 'ABC-samling'],
];
const topics = ['demens', 'velferdsteknologi', 'legemiddelhåndtering', 'lindrende behandling', 'rehabilitering', 'ernæring', 'kvalitetsforbedring', 'pårørendesamarbeid'];
const audiences = ['Ledere', 'Sykepleiere', 'Helsefagarbeidere', 'Fagutviklere', 'Ansatte i hjemmetjenesten', 'Ansatte i sykehjem'];
/** mulberry32: small, fast and the same sequence in every browser and in Node. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const pad = (n) => String(n).padStart(2, '0');
/**
 * `count` deterministic sample activities: mostly one-day timed events, some all-day, multi-day
 * and multi-session ones, about one in twenty cancelled and one in twenty full.
 */
export function sampleActivities(count, { seed = 42, start = '2026-08-31', days = 42 } = {}) {
    const rnd = random(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const out = [];
    for (let i = 0; i < count; i++) {
        const [kind, kindWord] = pick(kinds);
        const date = addDays(start, Math.floor(rnd() * days));
        const hour = 8 + Math.floor(rnd() * 8);
        const minute = rnd() < 0.5 ? '00' : '30';
        const length = 1 + Math.floor(rnd() * 3);
        const shape = rnd();
        let schedule;
        if (shape < 0.7) {
            schedule = { timeZone: 'Europe/Oslo', allDay: false, start: `${date}T${pad(hour)}:${minute}`, end: `${date}T${pad(hour + length)}:${minute}` };
        }
        else if (shape < 0.82) {
            schedule = { timeZone: 'Europe/Oslo', allDay: true, start: date, end: null };
        }
        else if (shape < 0.9) {
            schedule = { timeZone: 'Europe/Oslo', allDay: true, start: date, end: addDays(date, length) };
        }
        else if (shape < 0.95) {
            schedule = {
                timeZone: 'Europe/Oslo', allDay: false, start: `${date}T09:00`, end: `${addDays(date, 28)}T15:00`,
                sessions: [0, 14, 28].map((offset) => ({ start: `${addDays(date, offset)}T09:00`, end: `${addDays(date, offset)}T15:00` })),
            };
        }
        else {
            schedule = { timeZone: 'Europe/Oslo', allDay: false, start: `${date}T18:00`, end: `${addDays(date, 1)}T12:00` };
        }
        const modeRoll = rnd();
        const mode = modeRoll < 0.6 ? 'physical' : modeRoll < 0.85 ? 'digital' : 'hybrid';
        const statusRoll = rnd();
        const status = statusRoll < 0.05 ? 'cancelled' : statusRoll < 0.1 ? 'full' : statusRoll < 0.12 ? 'postponed' : 'scheduled';
        const areaCount = Math.floor(rnd() * 3);
        const priorityAreaIds = [...new Set(Array.from({ length: areaCount }, () => pick(areaIds)))];
        const hasRegistration = rnd() < 0.6;
        const id = `eksempel-${seed}-${i + 1}`;
        out.push({
            id,
            title: `Eksempel: ${kindWord} om ${pick(topics)} ${i + 1}`,
            kind,
            centreId: pick(centreIds),
            schedule,
            mode,
            place: mode === 'digital' ? null : { venue: `Møterom ${'ABCDEF'[i % 6]}`, locality: 'Eksempelby', municipalityNumber: null },
            audience: [...new Set([pick(audiences), pick(audiences)])],
            priorityAreaIds,
            registration: hasRegistration
                ? { url: `https://example.org/pamelding/${id}`, deadline: addDays(schedule.start.slice(0, 10), -7) }
                : null,
            status,
            language: 'nb',
            sample: true,
            source: ['usht-kit-sample'],
        });
    }
    return out;
}
//# sourceMappingURL=sample-activities.js.map