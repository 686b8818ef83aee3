/**
 * Registers a tag unless another copy (a second bundle, another version) already owns it. Two
 * widgets' script tags on one CMS page must never take the page down: warn once, never throw.
 */
export declare function defineOnce(tag: string, element: CustomElementConstructor): void;
//# sourceMappingURL=define-once.d.ts.map