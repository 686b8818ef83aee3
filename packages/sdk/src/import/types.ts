import type {ValidationIssue} from '../errors.js';
import type {Activity} from '../schemas/activity.js';
import type {Source} from '../schemas/common.js';
import type {PriorityAreaName} from './heuristics.js';
import type {ImportLocale, ImportProblemCode, ImportProblemParams} from './messages.js';

export type ImportFormat = 'ics' | 'csv' | 'feed';

export interface ImportOptions {
  /** The centre whose activities these are: every imported activity gets it, unless the file names its own. */
  readonly centreId: string;
  /** Language of the messages (and of the notes on the source records made for the file); `en` by default. */
  readonly locale?: ImportLocale;
  /** "Now", for the import date in source notes and the default horizon; fix it for reproducible output. */
  readonly now?: Date;
  /**
   * Last day (`YYYY-MM-DD`, inclusive) repeating events are expanded to; by default one year after
   * `now`. A series that goes on after it keeps the sessions up to it, with a warning.
   */
  readonly horizon?: string;
  /** Most sessions one repeating event may give up to the horizon; more rejects it. 200 by default. */
  readonly maxSessions?: number;
  /** Priority areas to match calendar categories and CSV cells against, by name or id. */
  readonly priorityAreas?: readonly PriorityAreaName[];
  /** Name of the file, for the source record and messages (`kalender.ics`). */
  readonly fileName?: string;
}

interface ProblemBase {
  /** 1-based line in the file: where BEGIN:VEVENT or the CSV record starts; absent for the file as a whole. */
  readonly line?: number;
  /** The record's path in a feed (`activities[3]`), or the column or property the problem is in. */
  readonly path?: string;
  /** The sentence, in `options.locale`. */
  readonly message: string;
  /** The event's UID, for calendar events. */
  readonly uid?: string;
  /** The id the activity has (or would have had) in the result. */
  readonly activityId?: string;
  /** Schema issues, for `invalid-activity` and feed records. */
  readonly issues?: readonly ValidationIssue[];
}

/** A rejected event, row or file, or a warning about one: a stable `code`, its `params` and a sentence. */
export type ImportProblem = {
  readonly [C in ImportProblemCode]: ProblemBase & {readonly code: C; readonly params: ImportProblemParams[C]};
}[ImportProblemCode];

export interface ImportResult {
  readonly format: ImportFormat;
  /** Valid activities (parsed by `activitySchema`), in file order. */
  readonly activities: Activity[];
  /** The source records the activities refer to: the file itself, links given with events, records the file carries. */
  readonly sources: Source[];
  /** Events, rows or the whole file left out, each with its line and reason. */
  readonly rejected: ImportProblem[];
  /** Imported, but something was guessed, dropped or cut. */
  readonly warnings: ImportProblem[];
}
