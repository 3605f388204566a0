import { describe, expect, it } from 'vitest';
import { compareEidasIdentifier } from '../../../components/core/suites/jades-eidas.ts';

describe('compareEidasIdentifier', () => {
  it('the EC sample states exactly the certificate organisationIdentifier', () => {
    expect(compareEidasIdentifier('VATES-A00000000', 'VATES-A00000000')).toMatchObject({
      match: 'exact',
      certificate: { type: 'VAT', country: 'ES', identifier: 'A00000000' },
    });
  });

  it('a bare registry number matches the certificate value once the ETSI EN 319 412-1 prefix is removed (MyNextID)', () => {
    expect(compareEidasIdentifier('17207834', 'NTREE-17207834')).toMatchObject({
      match: 'normalised',
      certificate: { type: 'NTR', country: 'EE', identifier: '17207834' },
    });
  });

  it('a VAT number written with its country prefix matches the VAT semantics identifier', () => {
    expect(compareEidasIdentifier('ESA00000000', 'VATES-A00000000').match).toBe('normalised');
  });

  it('case and spaces do not matter', () => {
    expect(compareEidasIdentifier(' ntree-17207834 ', 'NTREE-17207834').match).toBe('exact');
  });

  it('the same identifier under another registration type or country does not match', () => {
    expect(compareEidasIdentifier('VATEE-17207834', 'NTREE-17207834').match).toBe('mismatch');
    expect(compareEidasIdentifier('NTRLV-17207834', 'NTREE-17207834').match).toBe('mismatch');
  });

  it('a different identifier does not match (EC test fixture: "eidasIdentifier123" against VATES-B00000000)', () => {
    expect(compareEidasIdentifier('eidasIdentifier123', 'VATES-B00000000').match).toBe('mismatch');
  });

  it('a country prefix is only stripped for VAT numbers', () => {
    expect(compareEidasIdentifier('EE17207834', 'NTREE-17207834').match).toBe('mismatch');
  });

  it('a local two-letter scheme with a colon is understood', () => {
    expect(compareEidasIdentifier('123456', 'XX:ES-123456')).toMatchObject({ match: 'normalised', certificate: { type: 'XX', country: 'ES', identifier: '123456' } });
  });

  it('a certificate value without the ETSI structure is compared as it is', () => {
    expect(compareEidasIdentifier('12345', '12345').match).toBe('exact');
    expect(compareEidasIdentifier('12345', 'ABC12345').match).toBe('mismatch');
  });

  it('either side missing is reported as missing, not as a mismatch', () => {
    expect(compareEidasIdentifier(undefined, 'VATES-A00000000').match).toBe('missing');
    expect(compareEidasIdentifier('VATES-A00000000', undefined).match).toBe('missing');
    expect(compareEidasIdentifier('  ', 'VATES-A00000000').match).toBe('missing');
  });
});
