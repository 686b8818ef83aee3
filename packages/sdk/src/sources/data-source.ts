import type {Activity} from '../schemas/activity.js';
import type {Centre} from '../schemas/centre.js';
import type {County} from '../schemas/county.js';
import type {GrantScheme} from '../schemas/grant-scheme.js';
import type {Municipality} from '../schemas/municipality.js';
import type {PriorityArea} from '../schemas/priority-area.js';
import type {Programme} from '../schemas/programme.js';
import type {ActivityMode} from '../schemas/activity.js';
import type {Source} from '../schemas/common.js';
import type {Attribution} from '../schemas/feed.js';
import type {ValidationIssue} from '../errors.js';

/** A record that failed validation: where it was, and every bad field with its path. */
export interface RejectedRecord {
  /** 'activities[3]' */
  readonly path: string;
  readonly id?: string;
  /** Full paths: 'activities[3].schedule.start'. */
  readonly issues: readonly ValidationIssue[];
}

/** A page of results and what was left out because it was invalid. */
export interface ResultSet<T> {
  readonly items: readonly T[];
  /** Records the source held that failed validation: reported, never passed on as valid. */
  readonly rejected: readonly RejectedRecord[];
  /** Total matches before paging, where the source knows it. */
  readonly total: number;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface ActivityQuery {
  /** Inclusive range of calendar dates (`YYYY-MM-DD`, Europe/Oslo); an activity overlapping it matches. */
  readonly from?: string;
  readonly to?: string;
  readonly centreId?: string;
  readonly priorityAreaId?: string;
  /** `physical` and `digital` also match `hybrid` activities (one can take part either way); `hybrid` only hybrid. */
  readonly mode?: ActivityMode;
  /** Matches any audience entry, case- and diacritic-insensitive. */
  readonly audience?: string;
  /** Free text over title, summary, audience, place and organiser. */
  readonly text?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface MunicipalityQuery {
  /** A name (any form, misspelt or without diacritics) or a 4-digit number. */
  readonly query?: string;
  /** County number ('18') or name ('Nordland'). */
  readonly county?: string;
  readonly centreId?: string;
  readonly limit?: number;
}

/**
 * Where the data comes from. Implementations: `embeddedSource()` (default, offline),
 * `feedSource(url)` (one JSON document), `httpSource({baseUrl})` (REST API, openapi.yaml). Every record that
 * crosses the boundary has been parsed by the schemas before a caller sees it.
 */
export interface DataSource {
  /** Short description for error messages: 'embedded', 'feed https://…/usht.json', 'http https://api…'. */
  readonly description: string;
  centres(options?: RequestOptions): Promise<ResultSet<Centre>>;
  counties(options?: RequestOptions): Promise<ResultSet<County>>;
  municipalities(options?: RequestOptions): Promise<ResultSet<Municipality>>;
  priorityAreas(options?: RequestOptions): Promise<ResultSet<PriorityArea>>;
  activities(query?: ActivityQuery, options?: RequestOptions): Promise<ResultSet<Activity>>;
  programmes(options?: RequestOptions): Promise<ResultSet<Programme>>;
  grantSchemes(options?: RequestOptions): Promise<ResultSet<GrantScheme>>;
  sources(options?: RequestOptions): Promise<ResultSet<Source>>;
  attribution(options?: RequestOptions): Promise<readonly Attribution[]>;
}
