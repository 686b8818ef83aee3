// What the kit keeps on a visitor's device, and the rules it keeps it by (ekomloven 2025 § 3-15:
// storage that is not strictly necessary needs consent). Shared by every element that remembers
// something for the user (the application checklist's progress, the activity editor's drafts):
//
// - Nothing is written until the user ticks "remember" (or the host's privacy statement covers it:
//   `storage="local"`). The record under our key is how a later visit knows the user agreed.
// - Reading never throws: storage may be blocked (a sandboxed frame, a privacy mode, a full quota).
// - A record this version cannot read (saved by a newer version of the kit, or damaged) is never
//   overwritten behind the user's back: the element says so, offers it as a download, and only an
//   explicit choice replaces it.

/** The storage modes an element that remembers something offers its host. */
export const storageModes = ['ask', 'local', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

/** Our own record under `key`: its text, `null` when there is none, `undefined` when storage is blocked. */
export function readStored(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/**
 * Writes our record, or removes it (`null`: where nothing could be stored, nothing is left behind
 * either). False when the browser refuses (blocked or full).
 */
export function writeStored(key: string, text: string | null): boolean {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** How a stored, versioned record read. */
export type StoredRecord<T> =
  /** Nothing stored: the user has not agreed, or has forgotten it. */
  | {readonly status: 'none'}
  /** Storage is blocked. */
  | {readonly status: 'unavailable'}
  | {readonly status: 'current'; readonly value: T}
  /** Saved by a newer version of the kit (a higher format version): kept as it is, never overwritten. */
  | {readonly status: 'newer'; readonly version: number; readonly text: string}
  /** Not JSON, not ours, or not the shape its version promises: kept as it is until the user chooses. */
  | {readonly status: 'unreadable'; readonly text: string};

/**
 * Reads a record `{format, version, …}` from storage: `read` gets the parsed JSON of the version
 * this code writes and returns the value, or undefined when it cannot use it.
 */
export function readRecord<T>(key: string, format: string, version: number, read: (json: Record<string, unknown>) => T | undefined): StoredRecord<T> {
  const text = readStored(key);
  if (text === undefined) return {status: 'unavailable'};
  if (text === null) return {status: 'none'};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {status: 'unreadable', text};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as {format?: unknown}).format !== format) {
    return {status: 'unreadable', text};
  }
  const found = (json as {version?: unknown}).version;
  if (typeof found === 'number' && Number.isInteger(found) && found > version) return {status: 'newer', version: found, text};
  if (found !== version) return {status: 'unreadable', text};
  const value = read(json as Record<string, unknown>);
  return value === undefined ? {status: 'unreadable', text} : {status: 'current', value};
}

/**
 * Offers `text` as a file download, from inside the element's shadow root (no page markup is
 * touched; the link is gone before the next paint). The object URL is revoked once the browser has taken it.
 */
export function downloadText(root: ShadowRoot | HTMLElement, fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], {type}));
  link.download = fileName;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href));
}
