/**
 * How long a profile waits for its verdicts, and how much of that is the network: the profile
 * page with its credential entries is loaded in a new tab, and the time until every chip shows a
 * verdict is taken in the page (extension-verdict-timer.ts), with the credentials server answering
 * at once or after a latency. Runs alternate between the two, each with credentials never seen
 * before, so a slow stretch of the machine is shared and the verdict cache never answers.
 */
import type { ExtensionBrowser } from '../e2e/extension-browser.ts';
import { chips } from '../e2e/extension-reading.ts';
import { eventually } from '../e2e/harness.ts';
import { benchProfilePage } from './extension-pages.ts';
import type { ExtensionBenchSite } from './extension-site.ts';
import { installVerdictTimer, readVerdictTimer, type VerdictTiming } from './extension-verdict-timer.ts';

export interface TimeToVerdictsSettings {
  elements: number;
  credentials: number;
  /** The latency compared with none, per request, in milliseconds. */
  latencyMs: number;
  /** Runs at each latency. */
  runs: number;
}

export interface VerdictRun extends VerdictTiming {
  /** Requests the credentials server received: each credential, and its status list. */
  requests: number;
  /** The most requests it was answering at once. */
  maxInFlight: number;
}

/** Runs per latency, keyed by the latency in milliseconds. */
export type VerdictRuns = Map<number, VerdictRun[]>;

export async function measureTimeToVerdicts(browser: ExtensionBrowser, site: ExtensionBenchSite, settings: TimeToVerdictsSettings): Promise<VerdictRuns> {
  const latencies = [0, settings.latencyMs];
  const runs: VerdictRuns = new Map(latencies.map((latency) => [latency, []]));
  for (let run = 0; run < settings.runs; run++) {
    for (const latency of latencies) {
      const credentials = await site.issue(settings.credentials);
      const url = site.page(`/in/ada-lovelace-latency-${latency}-${run}/`, benchProfilePage(credentials, settings.elements));
      site.credentials.latencyMs = latency;
      site.credentials.reset();
      const page = await browser.open(url, (opened) => installVerdictTimer(opened, settings.credentials));
      try {
        const timing = await eventually(() => readVerdictTimer(page), (seen) => seen !== null, `${settings.credentials} verdicts at ${latency} ms latency`, 60_000);
        const unverified = (await chips(page)).filter((chip) => chip.state !== 'verified');
        if (unverified.length > 0) throw new Error(`chips that did not say verified: ${JSON.stringify(unverified)}`);
        runs.get(latency)!.push({ ...timing!, requests: site.credentials.paths.length, maxInFlight: site.credentials.maxInFlight });
      } finally {
        await page.close();
      }
    }
  }
  site.credentials.latencyMs = 0;
  return runs;
}
