// FullCalendar 7 as the anchor runs it (performance-anchors.md §6.3): day grid and list views,
// classic theme, Norwegian Bokmål. Bundled by bench/run.mjs with esbuild (dev-only dependency).
import {Calendar} from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import nb from 'fullcalendar/locales/nb';

export {Calendar, nb};
export const plugins = [dayGridPlugin, listPlugin, classicThemePlugin];
