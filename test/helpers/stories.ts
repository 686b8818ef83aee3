// Renders Component Story Format (CSF 3) stories outside Storybook: meta and story args,
// decorators (story's, then meta's), loaders and the component's default render, the way
// @storybook/web-components does, so a story is tested as a designer sees it.
import {render, type TemplateResult} from 'lit';
import {previewCss, previewDecorators} from './inventory.js';

type Args = Record<string, unknown>;
type StoryFn = (update?: {args?: Args}) => unknown;
export type Decorator = (story: StoryFn, context: StoryContext) => unknown;

interface StoryObject {
  name?: string;
  args?: Args;
  render?: (args: Args, context: StoryContext) => unknown;
  decorators?: Decorator[];
  loaders?: Array<(context: StoryContext) => unknown>;
  parameters?: Record<string, unknown>;
}

interface Meta extends StoryObject {
  title?: string;
  component?: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  args: Args;
  initialArgs: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  canvasElement: HTMLElement;
  component: string | undefined;
}

export interface Story {
  /** Export name ('Default', 'LongText'). */
  readonly exportName: string;
  /** The name Storybook shows. */
  readonly name: string;
  readonly title: string;
  /** Renders into `canvas`; resolves once the story's template is in the DOM. */
  renderInto(canvas: HTMLElement, globals: Record<string, unknown>): Promise<void>;
}

const matches = (filter: string[] | RegExp | undefined, name: string) =>
  filter === undefined ? undefined : Array.isArray(filter) ? filter.includes(name) : filter.test(name);

/** Storybook's name for an export: 'LongText' → 'Long Text'. */
function storyNameFromExport(key: string): string {
  return key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** What a CSF file exports as stories: every named export that is not excluded. */
export function storiesOf(module: Record<string, unknown>, file: string, globalDecorators: readonly Decorator[] = []): Story[] {
  const meta = (module['default'] ?? {}) as Meta;
  const order = Array.isArray(module['__namedExportsOrder']) ? (module['__namedExportsOrder'] as string[]) : Object.keys(module);
  const title = meta.title ?? file;
  const stories: Story[] = [];
  for (const exportName of order) {
    if (exportName === 'default' || exportName === '__namedExportsOrder') continue;
    if (matches(meta.includeStories, exportName) === false || matches(meta.excludeStories, exportName) === true) continue;
    const value = module[exportName];
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) continue;
    const story: StoryObject = typeof value === 'function' ? {render: value as StoryObject['render'], ...(value as StoryObject)} : (value as StoryObject);
    const name = story.name ?? storyNameFromExport(exportName);
    stories.push({exportName, name, title, renderInto: (canvas, globals) => renderStory(meta, story, globalDecorators, {exportName, name, title}, canvas, globals)});
  }
  return stories;
}

function defaultRender(component: string | undefined): (args: Args) => unknown {
  return (args) => {
    if (!component) throw new Error('story has no render function and its meta names no component');
    const el = document.createElement(component);
    for (const [key, value] of Object.entries(args)) (el as unknown as Args)[key] = value;
    return el;
  };
}

async function renderStory(
  meta: Meta,
  story: StoryObject,
  globalDecorators: readonly Decorator[],
  names: {exportName: string; name: string; title: string},
  canvas: HTMLElement,
  globals: Record<string, unknown>,
): Promise<void> {
  const args: Args = {...meta.args, ...story.args};
  const context: StoryContext = {
    id: `${names.title}--${names.exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    name: names.name,
    title: names.title,
    args,
    initialArgs: {...args},
    argTypes: {},
    globals,
    parameters: {...meta.parameters, ...story.parameters},
    loaded: {},
    viewMode: 'story',
    canvasElement: canvas,
    component: meta.component,
  };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) {
    Object.assign(context.loaded, await loader(context));
  }
  const renderFn = story.render ?? meta.render ?? defaultRender(meta.component);
  let storyFn: StoryFn = (update) => renderFn(update?.args ? {...args, ...update.args} : args, context);
  // Storybook applies the story's decorators innermost, then the meta's, then the preview's.
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? []), ...globalDecorators]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const output = storyFn();
  if (output === undefined || output === null) throw new Error(`story ${names.exportName} rendered nothing`);
  if (output instanceof Node) canvas.append(output);
  else if (typeof output === 'string') canvas.append(document.createRange().createContextualFragment(output));
  else render(output as TemplateResult, canvas);
}

/**
 * The canvas Storybook gives a story, for running stories outside it: the preview's CSS in the
 * document (a dark story's background, a Narrow story's 320 px column) and its global decorators
 * (the locale and colour-scheme wrapper), which this returns.
 */
export async function storybookPreview(): Promise<Decorator[]> {
  await Promise.all(previewCss.map((href) => new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
    link.addEventListener('load', resolve, {once: true});
    link.addEventListener('error', resolve, {once: true});
    document.head.append(link);
  })));
  return (await Promise.all(previewDecorators.map((d) => d.load()))).filter((d): d is Decorator => typeof d === 'function');
}
