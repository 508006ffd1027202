import { browser } from 'wxt/browser';
import { countDays, type LibraryError } from '@/lib/db/library';
import type { PaperboyDB } from '@/lib/db/schema';
import { localToday, mlNewsWeek } from '@/lib/dates';

/** The toolbar badge: how many items this week's list holds. */
export async function refreshBadge(db: PaperboyDB): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    const week = mlNewsWeek(localToday());
    const count = await countDays(db, week.start, week.end);
    await action.setBadgeBackgroundColor({ color: '#1d4ed8' });
    await action.setBadgeText({ text: count > 0 ? String(count) : '' });
    // The configured title says what the button does; the count follows it, for those who do not
    // see the badge.
    const manifest = browser.runtime.getManifest() as { action?: { default_title?: string }; browser_action?: { default_title?: string } };
    const configured = (manifest.action ?? manifest.browser_action)?.default_title ?? 'Paperboy';
    await action.setTitle({ title: `${configured} (${count} item${count === 1 ? '' : 's'} this week)` });
  } catch (error) {
    console.warn('Paperboy: badge not updated', (error as LibraryError).message);
  }
}
