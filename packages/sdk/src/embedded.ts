/** `@usht/sdk/embedded`: the embedded, sourced data set as a DataSource (works offline). */
export {embeddedSource} from './sources/embedded.js';
export {parseEmbedded} from './sources/embedded-parse.js';
export type {EmbeddedSourceOptions} from './sources/embedded.js';
