import type { CopyFormat } from '../format/list-formats';
import { DEFAULT_TEMPLATE } from '../format/template';
import type { PaperboyDB } from './schema';
import { guarded } from './errors';

/**
 * Paperboy's settings, one typed row each. A row that does not read as its type (written by an
 * older Paperboy, or damaged) reads as the default: a setting is never worth failing the popup for.
 */
export interface PendingSelection {
  /** The tab whose selection the context menu asked to add to the summary. */
  tabId: number;
  /** When it was asked (ms since the epoch): a request older than a minute is stale. */
  at: number;
}

export interface SettingsMap {
  /** The list format the popup copies the week in. */
  format: CopyFormat;
  /** The custom row template. */
  template: string;
  /** The context menu's request, waiting for the popup to take it. */
  pendingSelection: PendingSelection | null;
}

export type SettingKey = keyof SettingsMap;

export const SETTING_DEFAULTS: Readonly<SettingsMap> = {
  format: 'ml-news',
  template: DEFAULT_TEMPLATE,
  pendingSelection: null,
};

const FORMATS: readonly string[] = ['ml-news', 'compass', 'template'] satisfies CopyFormat[];

const VALID: { [K in SettingKey]: (value: unknown) => value is SettingsMap[K] } = {
  format: (value): value is CopyFormat => typeof value === 'string' && FORMATS.includes(value),
  template: (value): value is string => typeof value === 'string',
  pendingSelection: (value): value is PendingSelection | null =>
    value === null ||
    (typeof value === 'object' && Number.isInteger((value as PendingSelection).tabId) && Number.isFinite((value as PendingSelection).at)),
};

export const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

export async function readSetting<K extends SettingKey>(db: PaperboyDB, key: K): Promise<SettingsMap[K]> {
  const value = await guarded(() => db.get('settings', key));
  return VALID[key](value) ? value : SETTING_DEFAULTS[key];
}

export async function readSettings(db: PaperboyDB): Promise<SettingsMap> {
  const values = await Promise.all(SETTING_KEYS.map((key) => readSetting(db, key)));
  return Object.fromEntries(SETTING_KEYS.map((key, i) => [key, values[i]])) as unknown as SettingsMap;
}

/** Resolves once the value is committed (see saveDraft: a closing page aborts what is not). */
export function writeSetting<K extends SettingKey>(db: PaperboyDB, key: K, value: SettingsMap[K]): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('settings', 'readwrite');
    await Promise.all([tx.store.put(value, key), tx.done]);
  });
}
