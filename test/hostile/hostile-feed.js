// A feed whose every text field carries a payload (markup, script, CSS breakouts, very long words,
// right-to-left text, emoji, Sami letters) and whose links include `javascript:` and `data:` URLs.
// Plain JS so the dev server (which serves it at /__test/feed/hostile) and the browser tests
// (which assert what must appear, literally) share one definition. Test data only: every name is
// made up and says so ("Testsenter"), nothing here is a fact about a real centre.

/** Increments `window.__xss` if it ever runs: the tests assert it stays undefined. */
const run = 'window.__xss=(window.__xss||0)+1';

export const payloads = {
  img: `<img src=x onerror="${run}">`,
  script: `<script>${run}</script>`,
  svg: `"><svg onload="${run}">`,
  iframe: `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
  alert: '<img src=x onerror=alert(1)>',
  style: '</style><style>*{display:none!important}</style><b style="position:fixed;inset:0">',
  attribute: `' onmouseover='${run}' data-x='`,
  template: '${alert(1)}{{constructor.constructor("alert(1)")()}}',
  longWord: 'Utviklingssenterforsjukeheimarogheimetenestenestenesteneste'.repeat(6),
  rtl: 'مركز تطوير دور الرعاية \u202Eevil.exe\u202C עברית',
  emoji: '👩🏽‍⚕️🏥❤️‍🩹🧓🏻🇳🇴',
  sami: 'Guovdageaidnu Kárášjohka Unjárga ŊŠŽĐŦ čđŋšŧž áá',
};

/** Every text a test may look for on screen, whatever element shows it. */
export const hostileTexts = Object.values(payloads);

/** Links that must never reach a page: each makes its record invalid. */
export const dangerousUrls = {
  javascript: 'javascript:window.__xss=1',
  javascriptMixedCase: ' JaVaScRiPt:alert(document.domain)',
  javascriptTab: 'java\tscript:alert(1)',
  data: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  vbscript: 'vbscript:msgbox(1)',
  file: 'file:///etc/passwd',
};

/** Oslo's calendar date, so the activities fall in whatever window a calendar shows by default. */
export function osloToday(now = new Date()) {
  // From the parts, not en-CA's whole string: WebKitGTK's ICU writes en-CA dates as "12/07/2026".
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en', {timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit'})
    .formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

const p = payloads;
const src = ['hostile-source'];

/** Paths of the records the SDK must reject, and why (the field with the dangerous link). */
export const expectedRejections = [
  {collection: 'sources', path: 'sources[1]', field: 'sources[1].url'},
  {collection: 'centres', path: 'centres[1]', field: 'centres[1].websites[0].url'},
  {collection: 'centres', path: 'centres[2]', field: 'centres[2].websites[0].url'},
  {collection: 'activities', path: 'activities[2]', field: 'activities[2].registration.url'},
  {collection: 'activities', path: 'activities[3]', field: 'activities[3].videoUrl'},
  {collection: 'activities', path: 'activities[4]', field: 'activities[4].registration.url'},
  {collection: 'grantSchemes', path: 'grantSchemes[1]', field: 'grantSchemes[1].url'},
];

function centre(id, name, websiteUrl, lat, lon) {
  return {
    id,
    name,
    nameAttested: false,
    displayNames: [{name: `${p.svg} ${p.sami}`, lang: 'se', source: src}],
    area: `${p.rtl} ${p.style}`,
    county: {number: '99', name: `${p.script} Testfylke`},
    host: {name: `${p.img} Testkommune ${p.emoji}`, number: '9901', since: `${p.template}`, source: src},
    satellites: [{name: `${p.attribute} Testsatellitt`, number: '9902', current: true, source: src}],
    websites: [{url: websiteUrl, kind: `${p.iframe}`, source: src}],
    contacts: [{name: `${p.alert} Test Testesen`, role: `${p.longWord}`, email: 'test@example.org', source: src}],
    location: {name: `${p.img} Teststed`, lat, lon, basis: `${p.rtl}`, source: src},
    uncertain: false,
    notes: [`${p.script}${p.longWord}`],
    source: src,
  };
}

function activity(id, title, start, overrides = {}) {
  return {
    id,
    title,
    kind: 'network-meeting',
    centreId: 'hostile-centre',
    organiser: `${p.script} Testarrangør`,
    schedule: {timeZone: 'Europe/Oslo', allDay: false, start: `${start}T10:00`, end: `${start}T14:30`},
    mode: 'hybrid',
    place: {venue: `${p.svg} Testsal`, locality: `${p.sami}`, municipalityNumber: '9901', note: `${p.style}`},
    videoUrl: 'https://example.org/video',
    audience: [`${p.img} Sjukepleiarar`, `${p.rtl}`, `${p.emoji}`],
    priorityAreaIds: ['hostile-area'],
    registration: {url: 'https://example.org/pamelding', deadline: start, contact: 'test@example.org'},
    status: 'scheduled',
    language: 'nn',
    summary: `${p.iframe} ${p.longWord} ${p.template}`,
    confidence: 'high',
    sample: true,
    notes: [`${p.attribute}`],
    source: src,
    ...overrides,
  };
}

/** The hostile feed, with its activities from `today` (Oslo) onwards. */
export function hostileFeed(today = osloToday()) {
  const day = (n) => addDays(today, n);
  return {
    format: 'usht-feed',
    version: 1,
    generated: today,
    publisher: `${p.script} Testutgjevar`,
    attribution: [{text: `${p.img} Testdata ${p.sami}`, licence: `${p.svg} CC BY 4.0`, licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'}],
    sources: [
      {id: 'hostile-source', title: `${p.script} Testkjelde`, publisher: `${p.img}`, url: 'https://example.org/kjelde', evidence: `${p.svg}`},
      {id: 'hostile-js-source', title: 'Testkjelde med farleg lenke', url: dangerousUrls.javascript},
    ],
    counties: [{number: '99', name: `${p.script} Testfylke ${p.rtl}`, centreIds: ['hostile-centre'], source: src}],
    municipalities: [
      {number: '9901', name: `${p.img} Testkommune ${p.emoji}`, county: '99', centreId: 'hostile-centre', uncertain: false, point: [63.4, 10.4], source: src},
      {number: '9902', name: `${p.sami} ${p.longWord}`, county: '99', centreId: 'hostile-centre', uncertain: false, point: [69.0, 23.0], samiAdministrativeArea: true, source: src},
      {number: '9903', name: `${p.rtl} ${p.svg}`, county: '99', centreId: 'hostile-centre', uncertain: true, notes: [`${p.script}`], source: src},
    ],
    centres: [
      centre('hostile-centre', `${p.img} Testsenter ${p.sami}`, 'https://example.org/senter', 63.4, 10.4),
      centre('hostile-js-centre', 'Testsenter med javascript-lenke', dangerousUrls.javascriptMixedCase, 60.4, 5.3),
      centre('hostile-data-centre', 'Testsenter med data-lenke', dangerousUrls.data, 59.9, 10.7),
    ],
    priorityAreas: [
      {id: 'hostile-area', category: 'standing', order: 0, name: `${p.img} Testområde ${p.emoji}`, summary: `${p.svg} ${p.longWord}`, source: src},
      {id: 'hostile-area-long', category: 'national', order: 1, name: `${p.longWord}`, years: [2026], summary: `${p.rtl}`, source: src},
      {id: 'hostile-area-rtl', category: 'leve-hele-livet', order: 2, number: 1, name: `${p.rtl} ${p.sami}`, summary: null, source: src},
    ],
    activities: [
      activity('hostile-activity-img', `${p.img} Testmøte ${p.sami}`, day(1)),
      activity('hostile-activity-long', `${p.longWord} ${p.rtl} ${p.emoji}`, day(2), {kind: 'course', mode: 'physical'}),
      activity('hostile-activity-js', 'Testmøte med javascript-lenke', day(3), {registration: {url: dangerousUrls.javascriptTab, deadline: null}}),
      activity('hostile-activity-data', 'Testmøte med data-lenke', day(4), {videoUrl: dangerousUrls.data}),
      activity('hostile-activity-vbscript', 'Testmøte med vbscript-lenke', day(5), {registration: {url: dangerousUrls.vbscript, deadline: null}}),
      activity('hostile-activity-svg', `${p.svg}${p.style} Testwebinar`, day(6), {kind: 'webinar', mode: 'digital', place: null}),
      activity('hostile-activity-script', `${p.script}${p.attribute}${p.template}`, day(8), {kind: 'conference'}),
    ],
    grantSchemes: [
      {
        year: 2021,
        name: `${p.img} Testtilskot ${p.sami}`,
        administrator: `${p.script} Testdirektoratet`,
        url: 'https://example.org/tilskot',
        budgetChapter: '0761',
        budgetPost: '67',
        total: {valueNOK: 1000, asWritten: `${p.svg} 1000 kr`, source: src},
        earmarkedLeveHeleLivetMax: null,
        altinnRole: {name: `${p.iframe} Testrolle`, delegatedBy: `${p.rtl}`, source: src},
        applicationDeadline: null,
        rules: ['altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget-own-funding', 'host-co-funding',
          'unused-funds-continue', 'unused-funds-transfer', 'earmarked-leve-hele-livet', 'leve-hele-livet-priority', 'submit', 'reporting']
          .map((id, i) => ({id, text: `${[p.img, p.script, p.svg, p.longWord, p.rtl, p.emoji][i % 6]} Testregel ${p.sami}`, source: src})),
        source: src,
      },
      {
        year: 2022,
        name: 'Testtilskot med data-lenke',
        administrator: 'Testdirektoratet',
        url: dangerousUrls.file,
        budgetChapter: '0761',
        budgetPost: '67',
        total: null,
        earmarkedLeveHeleLivetMax: null,
        altinnRole: {name: 'Testrolle', delegatedBy: 'Test', source: src},
        applicationDeadline: null,
        rules: [],
        source: src,
      },
    ],
  };
}
