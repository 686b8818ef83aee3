// The module test/helpers/cross-element-server.js serves from the files on disk at each run.
declare module '/__usht/inventory.js' {
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
  export const storyFiles: readonly FoundFile[];
  /** CSS files .storybook/preview imports (canvas classes the stories use). */
  export const previewCss: readonly string[];
  /** Global decorators of .storybook/preview, outermost last. */
  export const previewDecorators: readonly {readonly name: string; readonly load: () => Promise<unknown>}[];
  export const elementModules: readonly FoundElement[];
}
