import {setCustomElementsManifest} from '@storybook/web-components';
import manifest from '../packages/elements/custom-elements.json';
import '../stories/shared/designsystemet-theme.css';
import '../stories/shared/stories.css';
import {withStoryFrame} from '../stories/shared/decorators.ts';

// argTypes and docs for every element from its JSDoc (`npm run build` writes the manifest first).
setCustomElementsManifest(manifest);

/** @type {import('@storybook/web-components').Preview} */
export default {
  decorators: [withStoryFrame],
  globalTypes: {
    locale: {
      description: 'Language of the elements (set as lang on the story wrapper)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'nb', title: 'Bokmål (nb)'},
          {value: 'nn', title: 'Nynorsk (nn)'},
          {value: 'en', title: 'English (en)'},
          {value: 'se', title: 'Davvisámegiella (se, partial)'},
        ],
      },
    },
    colorScheme: {
      description: 'data-color-scheme on the story wrapper',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
      },
    },
    theme: {
      description: 'Host theme: our fallbacks, or a Designsystemet-like token set (a stand-in)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          {value: 'none', title: 'No host theme (our fallbacks)'},
          {value: 'designsystemet', title: 'Designsystemet-like tokens (stand-in)'},
        ],
      },
    },
  },
  initialGlobals: {locale: 'nb', colorScheme: 'light', theme: 'none'},
  parameters: {
    viewport: {
      options: {
        narrow: {name: 'Narrow (320 px, WCAG 1.4.10 reflow)', styles: {width: '320px', height: '720px'}, type: 'mobile'},
        tablet: {name: 'Tablet (768 px)', styles: {width: '768px', height: '1024px'}, type: 'tablet'},
        desktop: {name: 'Desktop (1280 px)', styles: {width: '1280px', height: '800px'}, type: 'desktop'},
      },
    },
    // The addon shows the same axe results the CI sweep (test/stories) fails on.
    a11y: {test: 'error'},
    controls: {expanded: true},
  },
};
