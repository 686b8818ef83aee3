/**
 * The words a validation message is built from. `usht validate --lang` and the activity editor use
 * the same wording, so a coordinator reads the same sentence in the terminal and beside the field.
 * English is the SDK's own (developer-facing errors); Bokmål and Nynorsk load on demand from
 * `@usht/sdk/wording`, so the browser entry stays within its size budget (budgets.md).
 */
export interface ValidationWording {
  /** `what` is required and has the wrong value: "expected a string". */
  readonly expected: (what: string) => string;
  /** `what` is required and absent: "missing: expected a string". */
  readonly missing: (what: string) => string;
  /** zod's type names ("string", "int" …) as a noun phrase: "a string". */
  readonly types: Readonly<Record<string, string>>;
  /** A type zod names that `types` lacks. */
  readonly valueOfType: (type: string) => string;
  readonly aValue: string;
  /** String formats ("email", "date" …) as a noun phrase: "an email address". */
  readonly formats: Readonly<Record<string, string>>;
  readonly textInFormat: (format: string) => string;
  /**
   * What our schemas say they expect (their English check messages, `schemas/*.ts`), in this
   * language; a message not listed here is shown as written.
   */
  readonly authored: Readonly<Record<string, string>>;
  readonly oneOf: (shown: string, more: boolean) => string;
  readonly textMatching: (pattern: string | undefined) => string;
  readonly textStartingWith: (prefix: string) => string;
  readonly textEndingWith: (suffix: string) => string;
  readonly textContaining: (part: string) => string;
  // Whole messages from here on: Norwegian says "må ha minst 3 tegn", not "expected" + a noun.
  readonly emptyText: string;
  readonly noItems: string;
  /** Length of text (characters) or of a list (items): "expected at least 3 characters". */
  readonly length: (small: boolean, bound: number | bigint, unit: 'character' | 'item') => string;
  readonly dateBound: (small: boolean, inclusive: boolean, bound: string) => string;
  readonly numberBound: (small: boolean, inclusive: boolean, bound: string) => string;
  readonly multipleOf: (divisor: string) => string;
  readonly unknownKeys: (keys: readonly string[]) => string;
  readonly invalidKey: string;
  readonly invalidEntry: string;
  /** Joins the alternatives of a union: "a date or a local date-time". */
  readonly or: string;
  readonly oneOfTheForms: string;
  readonly notValid: string;
  /** The document is not a feed at all. */
  readonly notAFeed: (format: string, version: number) => string;
}
