/**
 * Is a page still responsive? A heartbeat in the page's main world: a timer that asks to run every
 * 10 ms and an animation-frame loop, each remembering the longest gap between two of its beats. A
 * main thread blocked for N ms shows as a gap of about N ms. Installed before the page's own
 * scripts run (`addInitScript`), so it covers loading too.
 */
import type { Page } from 'playwright-core';

export interface Heartbeat {
  /** Timer beats since installation or the last reset. */
  beats: number;
  /** The longest gap between two timer beats, in milliseconds. */
  maxGapMs: number;
  /** The longest gap between two animation frames, in milliseconds. */
  maxFrameGapMs: number;
}

/** Plain script text: tsx's helpers for named functions do not exist in the page. */
const HEARTBEAT = `(() => {
  const state = { beats: 0, maxGapMs: 0, maxFrameGapMs: 0 };
  Object.defineProperty(window, '__heartbeat', { value: state });
  let lastBeat = performance.now();
  const beat = () => {
    const now = performance.now();
    state.maxGapMs = Math.max(state.maxGapMs, now - lastBeat);
    state.beats++;
    lastBeat = now;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
  let lastFrame = performance.now();
  const frame = (now) => {
    state.maxFrameGapMs = Math.max(state.maxFrameGapMs, now - lastFrame);
    lastFrame = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** Installs the heartbeat in `page` for every document it loads from now on. */
export async function installHeartbeat(page: Page): Promise<void> {
  await page.addInitScript({ content: HEARTBEAT });
}

/** The heartbeat so far; with `reset`, it starts counting afresh. */
export function readHeartbeat(page: Page, reset = false): Promise<Heartbeat> {
  return page.evaluate((again) => {
    const state = (window as unknown as { __heartbeat?: Heartbeat }).__heartbeat;
    if (!state) throw new Error('no heartbeat on this page: installHeartbeat before it loads');
    const seen = { ...state };
    if (again) Object.assign(state, { beats: 0, maxGapMs: 0, maxFrameGapMs: 0 });
    return seen;
  }, reset);
}
