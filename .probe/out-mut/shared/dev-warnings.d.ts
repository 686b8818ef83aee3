/** One `[usht-kit]` console warning per key and page: hosts see the problem without a flood. */
export declare function warnOnce(key: string, message: string): void;
/**
 * Checks an enumerated attribute. An unknown value warns once, naming the attribute and the
 * allowed values, and the caller falls back to its default (style.md §4).
 */
export declare function checkEnum<T extends string>(tag: string, attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T;
//# sourceMappingURL=dev-warnings.d.ts.map