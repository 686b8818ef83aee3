/**
 * What every importer shares: the options read once, the problem lists, the source records made
 * for the file and for links, and the last step, where each mapped activity is parsed by the SDK's
 * own schema and only what passes is handed out.
 */
import * as z from 'zod/mini';
import type {ValidationIssue} from '../errors.js';
import {safeParseFast} from '../fast-parse.js';
import {activitySchema, type Activity} from '../schemas/activity.js';
import {idSchema, safeUrlSchema, sourceSchema, type Source} from '../schemas/common.js';
import {formatIssues, type ZodIssueLike} from '../validate.js';
import {validationWording} from '../wording/index.js';
import type {ValidationWording} from '../wording/types.js';
import {PriorityAreaMatcher} from './heuristics.js';
import {importMessage, importReportWords, type ImportLocale, type ImportProblemCode, type ImportProblemParams} from './messages.js';
import {hashId, slug} from './text.js';
import {linkSourceId} from '../ids.js';
import {oneYearAfter, osloDate} from './time.js';
import type {ImportFormat, ImportOptions, ImportProblem, ImportResult} from './types.js';

/** Where a problem is: its line, path, UID and activity id. */
export interface ProblemPlace {
  readonly line?: number | undefined;
  readonly path?: string | undefined;
  readonly uid?: string | undefined;
  readonly activityId?: string | undefined;
  readonly issues?: readonly ValidationIssue[] | undefined;
}

/** An activity as mapped from the file, before the schema has seen it. */
export interface Draft {
  readonly place: ProblemPlace;
  readonly activity: Record<string, unknown>;
}

const DEFAULT_MAX_SESSIONS = 200;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ImportContext {
  readonly format: ImportFormat;
  readonly locale: ImportLocale;
  readonly centreId: string;
  readonly now: Date;
  /** The Oslo date of `now`, written into source notes. */
  readonly importDate: string;
  readonly horizon: string;
  readonly maxSessions: number;
  readonly areas: PriorityAreaMatcher;
  readonly wording: ValidationWording;
  readonly fileName: string | undefined;
  readonly rejected: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  /** A title for the file's source record (X-WR-CALNAME); the file name when absent. */
  calendarName: string | undefined;
  private readonly sources = new Map<string, Source>();
  private fileSourceId: string | undefined;

  constructor(format: ImportFormat, options: ImportOptions) {
    // Programming errors, not problems in a user's file: the caller passes these.
    if (!z.safeParse(idSchema, options.centreId).success) {
      throw new TypeError(`import: options.centreId must be a kebab-case id, got ${JSON.stringify(options.centreId)}`);
    }
    if (options.horizon !== undefined && !ISO_DATE.test(options.horizon)) {
      throw new TypeError(`import: options.horizon must be a date YYYY-MM-DD, got ${JSON.stringify(options.horizon)}`);
    }
    this.format = format;
    this.locale = options.locale ?? 'en';
    this.centreId = options.centreId;
    this.now = options.now ?? new Date();
    this.importDate = osloDate(this.now);
    this.horizon = options.horizon ?? oneYearAfter(this.now);
    this.maxSessions = options.maxSessions ?? DEFAULT_MAX_SESSIONS;
    this.areas = new PriorityAreaMatcher(options.priorityAreas ?? []);
    this.wording = validationWording[this.locale];
    this.fileName = options.fileName;
  }

  problem<C extends ImportProblemCode>(code: C, params: ImportProblemParams[C], place: ProblemPlace = {}): ImportProblem {
    const problem = {
      code: code as ImportProblemCode,
      params,
      message: importMessage(this.locale, code, params),
      ...(place.line === undefined ? {} : {line: place.line}),
      ...(place.path === undefined ? {} : {path: place.path}),
      ...(place.uid === undefined ? {} : {uid: place.uid}),
      ...(place.activityId === undefined ? {} : {activityId: place.activityId}),
      ...(place.issues === undefined ? {} : {issues: place.issues}),
    };
    // `code` and `params` agree by the signature; TypeScript cannot see that through the generic.
    return problem as ImportProblem;
  }

  reject<C extends ImportProblemCode>(code: C, params: ImportProblemParams[C], place?: ProblemPlace): void {
    this.rejected.push(this.problem(code, params, place));
  }

  warn<C extends ImportProblemCode>(code: C, params: ImportProblemParams[C], place?: ProblemPlace): void {
    this.warnings.push(this.problem(code, params, place));
  }

  /** A result with nothing imported: the file as a whole was rejected. */
  failed<C extends ImportProblemCode>(code: C, params: ImportProblemParams[C], place?: ProblemPlace): ImportResult {
    this.reject(code, params, place);
    return {format: this.format, activities: [], sources: [], rejected: this.rejected, warnings: this.warnings};
  }

  /** The id of the source record for the imported file itself, made on first use. */
  fileSource(): string {
    if (this.fileSourceId === undefined) {
      const words = importReportWords(this.locale);
      const title = this.calendarName?.trim() || this.fileName?.trim() || words.importedFile;
      const id = `${this.centreId}-import-${slug(title, 40) || hashId(title)}`;
      this.sources.set(id, {
        id,
        title: title.slice(0, 2000),
        note: words.fileNote(this.fileName ?? title, this.importDate),
      });
      this.fileSourceId = id;
    }
    return this.fileSourceId;
  }

  /**
   * The id of a source record for a link an event or row gives (the page that announces it), or
   * undefined with a warning when the link is not one a browser may follow (`javascript:` …).
   */
  linkSource(url: string, field: string, place: ProblemPlace): string | undefined {
    const link = url.trim();
    if (!z.safeParse(safeUrlSchema, link).success) {
      this.warn('unsafe-url', {field}, place);
      return undefined;
    }
    const id = linkSourceId(this.centreId, link);
    if (!this.sources.has(id)) {
      const words = importReportWords(this.locale);
      const shown = link.replace(/^[a-z]+:(\/\/)?/i, '');
      this.sources.set(id, {
        id,
        title: shown.length > 200 ? `${shown.slice(0, 199)}…` : shown,
        url: link,
        note: words.linkNote(this.fileName ?? this.calendarName ?? words.importedFile, this.importDate),
      });
    }
    return id;
  }

  /** A source record the file carries (X-USHT-SOURCE-RECORD, a feed's `sources`); invalid ones are skipped. */
  carrySource(record: unknown): void {
    const parsed = safeParseFast(sourceSchema, record);
    if (parsed.success && !this.sources.has(parsed.data.id)) this.sources.set(parsed.data.id, parsed.data);
  }

  hasSource(id: string): boolean {
    return this.sources.has(id);
  }

  /** Parse every draft with `activitySchema`; the valid ones and the sources they cite make the result. */
  finish(drafts: readonly Draft[]): ImportResult {
    const activities: Activity[] = [];
    const cited = new Set<string>();
    for (const {place, activity} of drafts) {
      this.resolveSources(activity, place);
      const parsed = safeParseFast(activitySchema, activity);
      if (!parsed.success) {
        const issues = formatIssues(parsed.error.issues as readonly ZodIssueLike[], {input: activity, wording: this.wording});
        this.reject('invalid-activity', {}, {...place, issues});
        continue;
      }
      activities.push(parsed.data);
      for (const id of parsed.data.source) cited.add(id);
    }
    const sources = [...cited].map((id) => this.sources.get(id)).filter((s): s is Source => s !== undefined);
    // In file order, as a person goes through them; problems of the file as a whole first.
    const byLine = (a: ImportProblem, b: ImportProblem) => (a.line ?? 0) - (b.line ?? 0);
    this.rejected.sort(byLine);
    this.warnings.sort(byLine);
    return {format: this.format, activities, sources, rejected: this.rejected, warnings: this.warnings};
  }

  /** Every source id must name a record the result holds: unknown ones give way to the file's own record. */
  private resolveSources(activity: Record<string, unknown>, place: ProblemPlace): void {
    const given = Array.isArray(activity['source']) ? (activity['source'] as unknown[]) : [];
    const known = given.filter((id): id is string => typeof id === 'string' && this.sources.has(id));
    const unknown = given.filter((id) => typeof id !== 'string' || !this.sources.has(id)).map((id) => String(id));
    if (unknown.length > 0) {
      this.warn('unknown-source', {ids: unknown.join(', '), count: unknown.length}, place);
    }
    activity['source'] = known.length > 0 ? known : [this.fileSource()];
  }
}
