import { describe, expect, it } from 'vitest';
import { detectLegacyEdciXml } from '../../../components/core/parse/edci-xml.ts';
import { corpusText } from '../suites/jades-fixtures.ts';

describe('legacy EDCI XML credentials', () => {
  it('recognises the EC diploma supplement: a verifiablePresentation in the snb/vp namespace with an enveloped XAdES seal', () => {
    const detected = detectLegacyEdciXml(corpusText('ec-elm/EDC_DiplomaSupplement_AA.xml'));
    expect(detected).toMatchObject({ root: 'verifiablePresentation', namespace: 'http://data.europa.eu/snb/vp', signed: true, xades: true });
    expect(detected?.problem.code).toBe('EDCI_XML_UNSUPPORTED');
    expect(detected?.problem.detail).toContain('XAdES seals are not verified');
  });

  it('recognises a europassCredential root in the default snb namespace, after a BOM, comments and a DOCTYPE', () => {
    const xml = '\ufeff<?xml version="1.0"?>\n<!-- issued by test -->\n<!DOCTYPE europassCredential [<!ENTITY x "a>b">]>\n<europassCredential xmlns="http://data.europa.eu/snb" id="urn:credential:1"><title>x</title></europassCredential>';
    expect(detectLegacyEdciXml(xml)).toMatchObject({ root: 'europassCredential', namespace: 'http://data.europa.eu/snb', signed: false, xades: false });
  });

  it('reads attribute values that contain ">" without losing the namespace declarations after them', () => {
    const xml = '<p:europassCredential note="a > b" xmlns:p="http://data.europa.eu/snb"/>';
    expect(detectLegacyEdciXml(xml)?.root).toBe('europassCredential');
  });

  it('ignores the same element names in another namespace, or without one', () => {
    expect(detectLegacyEdciXml('<verifiablePresentation xmlns="https://example.org/vp"/>')).toBeNull();
    expect(detectLegacyEdciXml('<verifiablePresentation/>')).toBeNull();
    expect(detectLegacyEdciXml('<vp:verifiablePresentation xmlns:x="http://data.europa.eu/snb"/>')).toBeNull();
    expect(detectLegacyEdciXml('<snbx:verifiablePresentation xmlns:snbx="http://data.europa.eu/snbx"/>')).toBeNull();
  });

  it('ignores other XML roots, JSON and plain text', () => {
    expect(detectLegacyEdciXml('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBeNull();
    expect(detectLegacyEdciXml(JSON.stringify(corpusText('ec-elm/Sample-MC-Annex1-signed.jsonld').slice(0, 100)))).toBeNull();
    expect(detectLegacyEdciXml('hello')).toBeNull();
    expect(detectLegacyEdciXml('')).toBeNull();
    expect(detectLegacyEdciXml('<!-- never closed')).toBeNull();
  });
});
