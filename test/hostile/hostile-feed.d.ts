// Types of hostile-feed.js (plain JS: the dev server imports it in Node without a TS loader).
import type {Feed} from '@usht/sdk';

export declare const payloads: {
  readonly img: string;
  readonly script: string;
  readonly svg: string;
  readonly iframe: string;
  readonly alert: string;
  readonly style: string;
  readonly attribute: string;
  readonly template: string;
  readonly longWord: string;
  readonly rtl: string;
  readonly emoji: string;
  readonly sami: string;
};
export declare const hostileTexts: readonly string[];
export declare const dangerousUrls: Readonly<Record<'javascript' | 'javascriptMixedCase' | 'javascriptTab' | 'data' | 'vbscript' | 'file', string>>;
export declare const expectedRejections: readonly {readonly collection: string; readonly path: string; readonly field: string}[];
export declare function osloToday(now?: Date): string;
/** Typed loosely on purpose: some records are invalid by design. */
export declare function hostileFeed(today?: string): Feed & {activities: Array<Record<string, unknown> & {title: string}>};
