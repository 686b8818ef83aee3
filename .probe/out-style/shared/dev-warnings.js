const warned = new Set();
/** One `[usht-kit]` console warning per key and page: hosts see the problem without a flood. */
export function warnOnce(key, message) {
    if (warned.has(key))
        return;
    warned.add(key);
    console.warn(`[usht-kit] ${message}`);
}
/**
 * Checks an enumerated attribute. An unknown value warns once, naming the attribute and the
 * allowed values, and the caller falls back to its default (style.md §4).
 */
export function checkEnum(tag, attribute, value, allowed, fallback) {
    if (value === null || value === undefined || value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    warnOnce(`${tag}:${attribute}:${value}`, `<${tag}>: unknown ${attribute}="${value}"; allowed: ${allowed.join(', ')}. Using "${fallback}".`);
    return fallback;
}
//# sourceMappingURL=dev-warnings.js.map