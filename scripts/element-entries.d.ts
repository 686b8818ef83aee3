/** Every element's define module by the name of its CDN file (scripts/element-entries.js). */
export declare const elementEntries: Readonly<Record<string, string>>;
