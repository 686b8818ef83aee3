/**
 * Guesses from free text, for calendars that do not say what our schema needs. Each guess is
 * conservative: a word must be there (kurs, fagdag, Teams …); without one the answer is the
 * neutral value (`other`, `physical`, `nb`), never a likely-sounding invention.
 */
import type {ActivityKind, ActivityMode} from '../schemas/activity.js';
import type {TextLanguage} from '../schemas/common.js';
import {fold} from './text.js';

/** A priority area as the matcher needs it (`PriorityArea` has these and more). */
export interface PriorityAreaName {
  readonly id: string;
  readonly name: string;
  readonly officialName?: string | undefined;
}

// Most specific first: "Webinar i demensnettverket" is a webinar, "Læringsnettverk" is not a plain
// network meeting. Matched on lower-case text (æ or ae), not folded: this runs for every event.
// Norwegian compounds put the kind at either end of a word (demenskurs, kursdag), so `kurs` is
// matched at a word's start or end, not inside one (ekskursjon).
const kindWords: readonly (readonly [ActivityKind, RegExp])[] = [
  ['learning-network', /l(?:æ|ae)ringsnettverk|\blearning networks?\b/],
  ['abc', /\babc\b/],
  ['webinar', /webinar|nettseminar/],
  ['conference', /konferanse|\bconferences?\b/],
  ['professional-day', /fagdag|\bprofessional days?\b/],
  ['course', /\bkurs|kurs(?:et|ene|a)?\b|\bcourses?\b/],
  ['network-meeting', /nettverk|\bnetwork meetings?\b/],
];

/** The kind named in the first text that names one (title first, then categories), else `other`. */
export function guessKind(...texts: readonly string[]): ActivityKind {
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (const [kind, pattern] of kindWords) if (pattern.test(lower)) return kind;
  }
  return 'other';
}

/** Words in a place that mean "online" (folded; nn "digitalt" is the same word). */
const digitalWords = /\b(?:microsoft teams|teams|zoom|whereby|google meet|skype|digital|digitalt|online|nettbasert|videomote|video)\b/;

/** Hosts of video-meeting links: evidence that an event is held online. */
const videoHosts = /^(?:[a-z0-9-]+\.)*(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.google\.com|whereby\.com)$/i;

export function isVideoMeetingUrl(value: string): boolean {
  try {
    return videoHosts.test(new URL(value).hostname);
  } catch {
    return false;
  }
}

/**
 * A calendar's LOCATION split into the venue and whether it says the event is online:
 * `Rådhuset, sal 2 / Microsoft Teams` → venue `Rådhuset, sal 2`, online. Links are never a venue.
 * Text without a sign of online stays exactly as written.
 */
export function readLocation(location: string): {venue: string | null; online: boolean} {
  // A calendar names the same few places again and again.
  let read = locations.get(location);
  if (!read) {
    read = splitLocation(location);
    if (locations.size > 10_000) locations.clear();
    locations.set(location, read);
  }
  return {...read};
}

const locations = new Map<string, {readonly venue: string | null; readonly online: boolean}>();

function splitLocation(location: string): {venue: string | null; online: boolean} {
  let online = false;
  const withoutLinks = location.replace(/\b(?:https?:\/\/|www\.)\S+/gi, (link) => {
    if (isVideoMeetingUrl(link.startsWith('www.') ? `https://${link}` : link)) online = true;
    return '\u0000';
  });
  const segments = withoutLinks.split(/[;|/()\r\n\u0000]+/).map((segment) => segment.trim().replace(/^[,.\s–-]+|[,.\s–-]+$/g, ''));
  const kept = segments.filter((text) => text && !digitalWords.test(fold(text)));
  if (kept.length < segments.filter(Boolean).length) online = true;
  if (!online && !withoutLinks.includes('\u0000')) {
    const venue = location.trim();
    return {venue: venue || null, online: false};
  }
  return {venue: kept.length > 0 ? kept.join(', ') : null, online};
}

/** Physical unless there is evidence of online; both when there is also a venue. */
export function modeOf(online: boolean, venue: string | null): ActivityMode {
  if (!online) return 'physical';
  return venue ? 'hybrid' : 'digital';
}

const languageNames: Readonly<Record<string, TextLanguage>> = {
  nb: 'nb', no: 'nb', nob: 'nb', nor: 'nb', bokmal: 'nb', norsk: 'nb',
  nn: 'nn', nno: 'nn', nynorsk: 'nn',
  en: 'en', eng: 'en', english: 'en', engelsk: 'en',
  se: 'se', sme: 'se', samisk: 'se', sami: 'se', nordsamisk: 'se', davvisamegiella: 'se', samegiella: 'se',
};

/** A language tag or name (`nb-NO`, `nynorsk`, `Engelsk`, `sme`) → our text language; unknown → undefined. */
export function textLanguageOf(value: string | undefined): TextLanguage | undefined {
  if (!value) return undefined;
  const folded = fold(value);
  return languageNames[folded] ?? languageNames[folded.split(' ')[0] ?? ''];
}

/**
 * Matches categories to priority areas by name, official name or id, ignoring case, diacritics
 * and punctuation, and the number a Leve hele livet area carries (`4. Et aldersvennlig Norge`).
 */
export class PriorityAreaMatcher {
  private readonly byKey = new Map<string, string>();
  // A calendar repeats its few categories on every event: each is folded once.
  private readonly seen = new Map<string, string | undefined>();

  constructor(areas: readonly PriorityAreaName[]) {
    for (const area of areas) {
      for (const text of [area.id, area.name, area.name.replace(/^\d+\.\s*/, ''), area.officialName]) {
        const key = text ? fold(text) : '';
        if (key && !this.byKey.has(key)) this.byKey.set(key, area.id);
      }
    }
  }

  /** The ids matched (in order, once each) and the categories no area matched. */
  match(categories: readonly string[]): {ids: string[]; unmatched: string[]} {
    const ids: string[] = [];
    const unmatched: string[] = [];
    for (const category of categories) {
      const id = this.lookup(category);
      if (id === undefined) unmatched.push(category);
      else if (!ids.includes(id)) ids.push(id);
    }
    return {ids, unmatched};
  }

  private lookup(category: string): string | undefined {
    if (this.seen.has(category)) return this.seen.get(category);
    const id = this.byKey.get(fold(category));
    if (this.seen.size < 10_000) this.seen.set(category, id);
    return id;
  }
}
