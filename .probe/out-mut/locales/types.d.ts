/** Counted text: one function per `Intl.PluralRules` category the language uses. */
export interface Plural {
    readonly zero?: (n: string) => string;
    readonly one: (n: string) => string;
    readonly two?: (n: string) => string;
    readonly few?: (n: string) => string;
    readonly many?: (n: string) => string;
    readonly other: (n: string) => string;
}
/** A message is a string, a function of values, or a plural. */
export type Message = string | ((...values: never[]) => string) | Plural;
export type MessageSection = Readonly<Record<string, Message>>;
export type DeepPartial<T> = {
    [K in keyof T]?: T[K] extends MessageSection ? Partial<T[K]> : T[K];
};
//# sourceMappingURL=types.d.ts.map