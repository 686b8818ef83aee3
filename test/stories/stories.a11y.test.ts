// Every story of every element, in Bokmål and Nynorsk, through axe in Chromium with no rules
// disabled (budgets.md: 0 violations), and no story may log console.error or throw (R1, R11, T1).
// The story files come from disk at each run (test/helpers/cross-element-server.js), so a new
// widget's stories are swept the moment they land; nothing here lists them.
import {expect} from '@open-wc/testing';
import {render, nothing} from 'lit';
import {storyFiles} from '../helpers/inventory.js';
import {catchErrors, deepElements, settle, usht} from '../helpers/dom.js';
import {storiesOf, storybookPreview, type Story} from '../helpers/stories.js';

const locales = ['nb', 'nn'] as const;

interface LoadedFile {
  readonly file: string;
  readonly stories: readonly Story[];
  readonly error?: unknown;
}

const globalDecorators = await storybookPreview();

// Imported up front (top-level await) so each story becomes its own test; a file that does not
// import becomes one failing test naming it, and the other files still run.
const files: LoadedFile[] = [];
for (const found of storyFiles) {
  try {
    const module = await found.load();
    files.push({file: found.file, stories: storiesOf(module, found.file, globalDecorators)});
  } catch (error) {
    files.push({file: found.file, stories: [], error});
  }
}
const storyCount = files.reduce((n, f) => n + f.stories.length, 0);

describe(`stories: axe (no rules disabled) and no console errors, nb and nn (${storyCount} stories in ${files.length} files)`, function () {
  this.timeout(60_000);

  let canvas: HTMLElement | undefined;
  const pageLang = document.documentElement.lang;

  afterEach(() => {
    if (canvas) {
      render(nothing, canvas);
      canvas.remove();
      canvas = undefined;
    }
    document.documentElement.lang = pageLang;
  });

  it('finds at least one story to sweep', () => {
    expect(storyCount, `story files found: ${files.map((f) => f.file).join(', ') || 'none'}`).to.be.greaterThan(0);
  });

  for (const {file, stories, error} of files) {
    describe(file, () => {
      if (error !== undefined) {
        it('imports', () => {
          throw error instanceof Error ? error : new Error(String(error));
        });
        return;
      }
      it('exports at least one story', () => {
        expect(stories.length).to.be.greaterThan(0);
      });
      for (const story of stories) {
        for (const locale of locales) {
          it(`${story.title} / ${story.name} (${locale})`, async () => {
            const caught = catchErrors();
            try {
              document.documentElement.lang = locale;
              canvas = document.createElement('div');
              canvas.lang = locale;
              document.body.append(canvas);
              await story.renderInto(canvas, {locale, colorScheme: 'light', theme: 'none'});
              await settle(canvas);

              const tags = deepElements(canvas).filter(usht);
              expect(tags.length, 'the story renders at least one usht-kit element').to.be.greaterThan(0);
              const undefinedTags = [...new Set(tags.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
              expect(undefinedTags, 'elements the story uses but never registers').to.deep.equal([]);

              await expect(canvas).to.be.accessible();
              expect(caught.errors, 'console.error, uncaught errors and unhandled rejections').to.deep.equal([]);
            } finally {
              caught.restore();
            }
          });
        }
      }
    });
  }
});
