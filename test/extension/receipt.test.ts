/** The verification receipt: inputs, the full report, the time of the verdict, the engine version. */
import { describe, expect, it } from 'vitest';
import { unreadableInputReport } from '../../components/core/index.ts';
import type { EntryState } from '../../extension/messaging/protocol.ts';
import { buildReceipt, receiptFileName } from '../../extension/receipt/verification-receipt.ts';

async function entry(): Promise<EntryState> {
  const report = { ...(await unreadableInputReport('stand-in', { kind: 'url', url: 'https://api.credly.com/v1/obi/v2/badge_assertions/48c4' })), verdict: 'revoked' as const };
  return {
    key: 'https://www.credly.com/badges/48c4',
    foundAs: ['https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fwww.credly.com%2Fbadges%2F48c4&isSdui=true'],
    origin: 'linkedin-entry',
    target: 'link',
    claims: { name: 'Responsible AI', issuer: 'Fixture University', issued: '2025-01' },
    checked: { input: { kind: 'url', url: 'https://www.credly.com/badges/48c4' }, report, verifiedAt: '2026-11-23T09:15:00.000Z' },
    claimWarnings: [{ kind: 'issuer-differs', severity: 'warning', message: 'The entry says “Google”; …' }],
  };
}

describe('the verification receipt', () => {
  it('records what was checked, where it was found, what the entry said, the report and when', async () => {
    const checked = await entry();
    const receipt = buildReceipt(checked, { pageUrl: 'https://www.linkedin.com/in/ada-lovelace/', profileName: 'Ada Lovelace', engineVersion: '0.1.0', exportedAt: new Date('2026-11-23T10:00:00Z') });
    expect(receipt).toEqual({
      type: 'McVerifyVerificationReceipt',
      receiptVersion: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      engine: { name: 'mc-verify', version: '0.1.0' },
      inputs: {
        checked: { kind: 'url', url: 'https://www.credly.com/badges/48c4' },
        foundAs: checked.foundAs,
        foundBy: 'linkedin-entry',
        pageUrl: 'https://www.linkedin.com/in/ada-lovelace/',
        entry: checked.claims,
        profileName: 'Ada Lovelace',
      },
      verifiedAt: '2026-11-23T09:15:00.000Z',
      verdict: 'revoked',
      claimCheck: checked.claimWarnings,
      report: checked.checked?.report,
    });
    expect(JSON.parse(JSON.stringify(receipt))).toEqual(receipt);
  });

  it('is named for the host, the verdict and the time', async () => {
    const receipt = buildReceipt(await entry(), { engineVersion: '0.1.0', exportedAt: new Date('2026-11-23T10:00:00.123Z') });
    expect(receipt && receiptFileName(receipt)).toBe('mc-verify-receipt-www.credly.com-revoked-2026-11-23T10-00-00Z.json');
  });

  it('there is none while the credential is still being checked', async () => {
    const { checked: _, ...unchecked } = await entry();
    expect(buildReceipt(unchecked, { engineVersion: '0.1.0', exportedAt: new Date() })).toBeNull();
  });
});
