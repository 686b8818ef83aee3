import {UshtActivityEditor} from './activity-editor.js';
import {defineOnce} from '../shared/define-once.js';

defineOnce('usht-activity-editor', UshtActivityEditor);

declare global {
  interface HTMLElementTagNameMap {
    'usht-activity-editor': UshtActivityEditor;
  }
}
export {UshtActivityEditor};
export {UshtFeedChangeEvent} from './activity-editor.events.js';
