// How the cross-element checks mount and use each widget. Every element whose define module is on
// disk (packages/elements/src/<folder>/usht-*.ts) is checked; an element with no entry below is
// mounted as a bare tag, so a new widget is covered the moment it lands. Entries only add what a
// widget needs to show something (an id) or what to look for on screen.
import {elementModules, type FoundElement} from './inventory.js';
import {payloads} from '../hostile/hostile-feed.js';
import {sendKeys} from '@web/test-runner-commands';
import {deepElements, settle} from './dom.js';

export interface Mount {
  readonly tag: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface Scenario {
  /** The element on the embedded data, for the network and degradation checks. */
  readonly ordinary: readonly Mount[];
  /** The element on the hostile feed (ids from test/hostile/hostile-feed.js). */
  readonly hostile: readonly Mount[];
  /** Hostile texts the element must show, literally, once loaded and used. */
  readonly hostileTexts: readonly string[];
  /** Storage the element may write, when the user or host turned its storage on. */
  readonly ownStorageKey?: RegExp;
  /** Extra variants for the network check (e.g. the checklist with storage on). */
  readonly storageVariants?: readonly {readonly label: string; readonly mount: Mount; readonly mayStore: boolean}[];
}

const scenarios: Record<string, Scenario> = {
  'usht-priority-badge': {
    ordinary: [{tag: 'usht-priority-badge', attributes: {area: 'demensplan-2025'}}, {tag: 'usht-priority-badges', attributes: {areas: 'demensplan-2025 velferdsteknologi'}}],
    hostile: [
      {tag: 'usht-priority-badge', attributes: {area: 'hostile-area'}},
      {tag: 'usht-priority-badges', attributes: {areas: 'hostile-area hostile-area-long hostile-area-rtl'}},
    ],
    hostileTexts: [`${payloads.img} Testområde ${payloads.emoji}`, payloads.longWord, `${payloads.rtl} ${payloads.sami}`, `${payloads.svg} ${payloads.longWord}`],
  },
  'usht-activity-calendar': {
    ordinary: [{tag: 'usht-activity-calendar'}],
    hostile: [{tag: 'usht-activity-calendar'}],
    hostileTexts: [
      `${payloads.img} Testmøte ${payloads.sami}`,
      `${payloads.longWord} ${payloads.rtl} ${payloads.emoji}`,
      `${payloads.svg}${payloads.style} Testwebinar`,
      `${payloads.script}${payloads.attribute}${payloads.template}`,
    ],
  },
  'usht-centre-map': {
    ordinary: [{tag: 'usht-centre-map'}],
    hostile: [{tag: 'usht-centre-map'}],
    hostileTexts: [`${payloads.img} Testsenter ${payloads.sami}`],
  },
  'usht-application-checklist': {
    ordinary: [{tag: 'usht-application-checklist'}],
    hostile: [{tag: 'usht-application-checklist'}],
    hostileTexts: [`${payloads.img} Testtilskot ${payloads.sami}`],
    ownStorageKey: /^usht-kit:application-checklist:/,
    storageVariants: [
      {label: 'storage="none"', mount: {tag: 'usht-application-checklist', attributes: {storage: 'none'}}, mayStore: false},
      {label: 'storage="local"', mount: {tag: 'usht-application-checklist', attributes: {storage: 'local'}}, mayStore: true},
    ],
  },
  // The coordinators' editor reads centres and priority areas from the source (the form's choices);
  // its activities come from the user, files and its `feed` property, not from the source.
  'usht-activity-editor': {
    ordinary: [{tag: 'usht-activity-editor'}],
    hostile: [{tag: 'usht-activity-editor'}],
    hostileTexts: [`${payloads.img} Testsenter ${payloads.sami}`, `${payloads.img} Testområde ${payloads.emoji}`],
    ownStorageKey: /^usht-kit:activity-editor:/,
    storageVariants: [
      {label: 'storage="none"', mount: {tag: 'usht-activity-editor', attributes: {storage: 'none'}}, mayStore: false},
      {label: 'storage="local"', mount: {tag: 'usht-activity-editor', attributes: {storage: 'local'}}, mayStore: true},
    ],
  },
};

export interface PresentElement extends FoundElement {
  readonly scenario: Scenario;
}

/** Widgets on disk (the provider is the wrapper, not a widget), each with its scenario. */
export const presentElements: readonly PresentElement[] = elementModules
  .filter((e) => e.tag !== 'usht-provider')
  .map((e) => ({
    ...e,
    scenario: scenarios[e.tag] ?? {ordinary: [{tag: e.tag}], hostile: [{tag: e.tag}], hostileTexts: []},
  }));

/** Imports the provider and every present element's define module. */
export async function loadElements(): Promise<void> {
  await Promise.all(elementModules.map((e) => e.load()));
}

export interface MountOptions {
  /** Feed URL for a `<usht-provider>`; without it the elements use the embedded data. */
  readonly feed?: string;
  readonly timeout?: number;
  readonly lang?: string;
  /** Width of the box the elements sit in (px). */
  readonly width?: number;
}

/** Puts the elements in a fresh box (inside a provider when a feed is given); returns box and hosts. */
export function mount(mounts: readonly Mount[], options: MountOptions = {}): {box: HTMLElement; hosts: HTMLElement[]} {
  const box = document.createElement('div');
  box.className = 'usht-test-box';
  if (options.lang) box.lang = options.lang;
  if (options.width !== undefined) {
    box.style.width = `${options.width}px`;
    box.style.maxWidth = `${options.width}px`;
  }
  let parent: HTMLElement = box;
  if (options.feed !== undefined || options.timeout !== undefined) {
    const provider = document.createElement('usht-provider');
    if (options.feed !== undefined) provider.setAttribute('feed', options.feed);
    if (options.timeout !== undefined) provider.setAttribute('timeout', String(options.timeout));
    box.append(provider);
    parent = provider;
  }
  const hosts = mounts.map(({tag, attributes = {}}) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    parent.append(el);
    return el;
  });
  document.body.append(box);
  return {box, hosts};
}

const isShown = (el: Element) => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && el.getClientRects().length > 0;

/**
 * Uses the element the way a visitor would, without leaving the page: presses every button,
 * ticks every box, picks options and types a municipality name into every text field, repeating
 * for controls that appear as a result. Links, submit buttons and file pickers are left alone
 * (they would navigate or open a dialog); nothing is stubbed except `print()`, which would block.
 */
export async function exercise(
  hosts: readonly Element[],
  {maxActions = 40, afterAction}: {maxActions?: number; afterAction?: () => void | Promise<void>} = {},
): Promise<number> {
  const done = new Set<Element>();
  const print = window.print;
  window.print = () => undefined;
  let actions = 0;
  try {
    for (let round = 0; round < 3 && actions < maxActions; round++) {
      const controls = hosts.flatMap((host) => deepElements(host)).filter(
        (el) => !done.has(el) && el.matches('button, input, select, textarea, [role="button"], [role="tab"], [role="option"], [role="gridcell"][tabindex]'),
      );
      if (controls.length === 0) break;
      for (const control of controls) {
        if (actions >= maxActions) break;
        done.add(control);
        if (!control.isConnected || !isShown(control) || (control as HTMLButtonElement).disabled) continue;
        if (control instanceof HTMLButtonElement && control.type === 'submit' && control.form) continue;
        if (control instanceof HTMLInputElement) {
          if (['file', 'submit', 'image', 'reset', 'hidden'].includes(control.type)) continue;
          if (['checkbox', 'radio'].includes(control.type)) control.click();
          else {
            control.focus();
            await sendKeys({type: 'Bod'});
          }
        } else if (control instanceof HTMLTextAreaElement) {
          control.focus();
          await sendKeys({type: 'Test'});
        } else if (control instanceof HTMLSelectElement) {
          if (control.options.length < 2) continue;
          control.selectedIndex = control.selectedIndex === 1 ? 0 : 1;
          control.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
          control.dispatchEvent(new Event('change', {bubbles: true}));
        } else if (control instanceof HTMLElement) {
          control.click();
        } else {
          // An SVG shape with role="button" (a map marker) has no click(): send what a mouse sends.
          control.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
        }
        actions += 1;
        await settle(hosts[0]!.parentElement ?? document.body, {timeout: 1000});
        await afterAction?.();
      }
    }
  } finally {
    window.print = print;
  }
  return actions;
}

/** Removes every trace a test may have left: storage, cookies, IndexedDB databases, Cache Storage. */
export async function clearDeviceStorage(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  for (const db of await indexedDB.databases()) {
    if (db.name) indexedDB.deleteDatabase(db.name);
  }
  if ('caches' in window) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
}

/** What the element left on the device. */
export async function deviceStorage(): Promise<{cookies: string; localStorage: string[]; sessionStorage: string[]; indexedDB: string[]; caches: string[]}> {
  const keys = (storage: Storage) => Array.from({length: storage.length}, (_, i) => storage.key(i) ?? '');
  return {
    cookies: document.cookie,
    localStorage: keys(localStorage),
    sessionStorage: keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '(unnamed)'),
    caches: 'caches' in window ? await caches.keys() : [],
  };
}
