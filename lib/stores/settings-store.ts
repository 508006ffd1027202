import { readSetting, readSettings, SETTING_DEFAULTS, writeSetting, type SettingKey, type SettingsMap } from '../db/settings';
import type { LibraryChange } from '../db/changes';
import type { PaperboyDB } from '../db/schema';
import { writable, type Readable } from './observable';

/**
 * The settings as one typed value that views read and subscribe to. Every write is announced to
 * the other open views, and a setting another view wrote is read again here.
 */
export interface SettingsStore extends Readable<SettingsMap> {
  /** Reads every setting from the library (defaults until then). */
  load(): Promise<void>;
  /** Shows the new value at once, writes it, and tells the other views (on failure, shows the old one again and throws). */
  set<K extends SettingKey>(key: K, value: SettingsMap[K]): Promise<void>;
  /** Another view wrote `key`: read it again. */
  reread(key: SettingKey): Promise<void>;
}

export function createSettingsStore(db: Promise<PaperboyDB>, announce: (change: LibraryChange) => void): SettingsStore {
  const state = writable<SettingsMap>({ ...SETTING_DEFAULTS });
  return {
    get: state.get,
    subscribe: state.subscribe,
    async load() {
      state.set(await readSettings(await db));
    },
    async set(key, value) {
      const before = state.get()[key];
      state.update((settings) => ({ ...settings, [key]: value }));
      try {
        await writeSetting(await db, key, value);
      } catch (error) {
        // Not kept: show what is kept, and let the caller say why.
        state.update((settings) => ({ ...settings, [key]: before }));
        throw error;
      }
      announce({ kind: 'settings', key });
    },
    async reread(key) {
      const value = await readSetting(await db, key);
      state.update((settings) => ({ ...settings, [key]: value }));
    },
  };
}
