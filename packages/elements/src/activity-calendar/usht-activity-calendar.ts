import {UshtActivityCalendar} from './activity-calendar.js';
import {defineOnce} from '../shared/define-once.js';

defineOnce('usht-activity-calendar', UshtActivityCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'usht-activity-calendar': UshtActivityCalendar;
  }
}

export {UshtActivityCalendar};
