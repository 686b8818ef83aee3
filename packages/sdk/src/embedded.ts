/** `@usht/sdk/embedded`: the embedded, sourced data set as a DataSource (works offline). */
export {embeddedSource, parseEmbedded} from './sources/embedded.js';
export type {EmbeddedSourceOptions} from './sources/embedded.js';
