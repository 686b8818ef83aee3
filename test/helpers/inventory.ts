// What test/helpers/cross-element-server.js found on disk for this run: every story file, every
// element define module, and Storybook's preview setup. Loaded by URL (the dev server generates
// the module per request), so TypeScript sees only the shape declared here.
export interface FoundFile {
  /** Project-relative path, e.g. 'packages/elements/src/priority-badge/priority-badge.stories.ts'. */
  readonly file: string;
  readonly load: () => Promise<Record<string, unknown>>;
}

export interface FoundElement extends FoundFile {
  /** Folder under packages/elements/src, e.g. 'priority-badge'. */
  readonly folder: string;
  /** 'usht-priority-badge' */
  readonly tag: string;
}

export interface Inventory {
  readonly storyFiles: readonly FoundFile[];
  readonly elementModules: readonly FoundElement[];
  /** CSS files .storybook/preview imports (canvas classes the stories use). */
  readonly previewCss: readonly string[];
  /** Global decorators of .storybook/preview, outermost last. */
  readonly previewDecorators: readonly {readonly name: string; readonly load: () => Promise<unknown>}[];
}

const url = '/__usht/inventory.js';
export const {storyFiles, elementModules, previewCss, previewDecorators} = (await import(url)) as Inventory;
