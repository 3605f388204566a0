/**
 * The shape of the demo's display text, one object per language. The element's own words live in
 * the element (components/mc-verify/labels); these are the words around it.
 */
import type { MandatoryElementId } from '../../components/core/profile/types.ts';
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import type { AdvisedCode, AdviceOwner, AdviceSeverity } from '../src/advice/advice-rules.ts';
import type { SampleId } from '../src/samples/sample-record.ts';

/** Values an advice sentence may mention, already formatted for the language. */
export interface AdviceFacts {
  /** The credential's end date. */
  validUntil?: string;
  /** The credential's start date. */
  validFrom?: string;
}

/** A sentence, or a sentence built from the facts of the report. */
export type AdviceSentence = string | ((facts: AdviceFacts) => string);

/** One piece of advice: what a recruiter meets, and what the learner can do about it. */
export interface AdviceLine {
  seen: AdviceSentence;
  fix: AdviceSentence;
}

export interface AdviceText {
  /** Advice by problem code. */
  codes: Readonly<Record<AdvisedCode, AdviceLine>>;
  /** "No ECTS workload stated": one line per mandatory Annex I element a micro-credential leaves out. */
  missingElement: Readonly<Record<MandatoryElementId, string>>;
  /** What to do about a missing Annex I element (the workload has its own). */
  missingElementFix: string;
  missingWorkloadFix: string;
  /** A credential that is valid now but ends soon. */
  expiresSoon: AdviceLine;
  /** For a problem code without its own advice: the element's sentence for it comes first. */
  otherFix: (code: string) => string;
  severity: Readonly<Record<AdviceSeverity, string>>;
  owner: Readonly<Record<AdviceOwner, string>>;
}

export interface SampleText {
  title: string;
  about: string;
}

export interface DemoText {
  lang: UiLanguage;
  site: {
    name: string;
    skip: string;
    navLabel: string;
    language: string;
    footer: string;
    footerOffline: string;
  };
  nav: { check: string; preview: string; embed: string; gallery: string };
  check: {
    title: string;
    lead: string;
    tryHeading: string;
    tryLinks: string;
    tryFiles: string;
    fileJson: string;
    filePng: string;
    fileSvg: string;
    filePdf: string;
    privacy: string;
  };
  preview: {
    title: string;
    lead: string;
    conditions: string;
    samplesHeading: string;
    samplesIntro: string;
    goodSample: string;
    resultHeading: string;
    waiting: string;
    checking: string;
    couldNotRun: string;
    linkedinHeading: string;
    linkedinSection: string;
    issued: (date: string) => string;
    showCredential: string;
    chipNote: string;
    adviceHeading: string;
    adviceNone: string;
    adviceSummary: (count: number) => string;
    technical: string;
    reportHeading: string;
    announce: (verdict: string, count: number) => string;
    unknownTitle: string;
    unknownIssuer: string;
  };
  embed: {
    title: string;
    lead: string;
    installHeading: string;
    install: string;
    optionsHeading: string;
    src: string;
    srcHelp: string;
    theme: string;
    themeAuto: string;
    themeLight: string;
    themeDark: string;
    language: string;
    languagePage: string;
    compact: string;
    compactHelp: string;
    headingLevel: string;
    recipient: string;
    recipientHelp: string;
    trust: string;
    trustHelp: string;
    snippetHeading: string;
    copy: string;
    copied: string;
    copyFailed: string;
    previewHeading: string;
    previewNote: string;
    apiHeading: string;
    apiLead: string;
  };
  gallery: {
    title: string;
    lead: string;
    judgedAt: (date: string) => string;
    source: string;
    licence: string;
    ownSample: string;
    download: string;
    formats: Readonly<Record<'json' | 'jwt' | 'png' | 'svg' | 'pdf', string>>;
  };
  samples: Readonly<Record<SampleId, SampleText>>;
  advice: AdviceText;
}
