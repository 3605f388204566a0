/**
 * The worker's per-tab records, mirrored to storage.session: the stored copy always ends at the
 * newest state, and a burst of changes does not queue a copy of the record per change.
 */
import { describe, expect, it } from 'vitest';
import { createTabStore, type SessionArea } from '../../extension/background/tab-store.ts';

/** A storage area that records every write and lets the test decide when a write finishes. */
function recordingArea() {
  const stored = new Map<string, unknown>();
  const writes: Record<string, unknown>[] = [];
  const release: (() => void)[] = [];
  const area: SessionArea = {
    get: async (key) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
    set: (items) => {
      writes.push(items);
      for (const [key, value] of Object.entries(items)) stored.set(key, value);
      return new Promise<void>((resolve) => release.push(resolve));
    },
    remove: async (key) => void stored.delete(key),
  };
  const finishWrites = () => release.splice(0).forEach((resolve) => resolve());
  return { area, stored, writes, finishWrites };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const entry = (index: number) => ({ key: `https://badges.example/${index}`, foundAs: [], origin: 'platform-link' as const, target: 'link' as const });

describe('the tab store', () => {
  it('saves 200 changes made while a save is in flight as one more save of the newest record', async () => {
    const { area, stored, writes, finishWrites } = recordingArea();
    const store = createTabStore(area);
    await store.forPage(5, 'https://www.linkedin.com/in/someone/');
    await settle();
    expect(writes).toHaveLength(1);
    for (let index = 0; index < 200; index++) await store.update(5, (record) => void record.entries.push(entry(index)));
    finishWrites();
    await settle();
    finishWrites();
    await store.whenSaved();
    expect(writes).toHaveLength(2);
    expect((stored.get('tab:5') as { entries: unknown[] }).entries).toHaveLength(200);
  });

  it('stores a copy: changes after a save has started are written by the next save, not slipped into the first', async () => {
    const { area, stored, finishWrites } = recordingArea();
    const store = createTabStore(area);
    await store.forPage(6, 'https://cv.example/');
    await settle();
    const first = stored.get('tab:6') as { entries: unknown[] };
    await store.update(6, (record) => void record.entries.push(entry(1)));
    expect(first.entries).toHaveLength(0);
    finishWrites();
    await settle();
    finishWrites();
    await store.whenSaved();
    expect((stored.get('tab:6') as { entries: unknown[] }).entries).toHaveLength(1);
  });
});
