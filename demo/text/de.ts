/** Der Text der Demo auf Deutsch (Begriffe wie im Element: Nachweis, Aussteller, Widerrufsliste). */
import type { DemoText } from './text-types.ts';

const ASK_EU = 'Bitten Sie den Aussteller, die Angabe zu ergänzen: Die EU-Definition eines Microcredentials (Empfehlung des Rates vom 16. Juni 2022, Anhang I) schreibt sie vor.';
const OPEN_LINK = 'Öffnen Sie den Link selbst in einem privaten Fenster. Funktioniert er nicht, bitten Sie den Aussteller, ihn wiederherzustellen oder Ihnen einen neuen zu geben.';
const WIDER_SIGNATURE = 'Fragen Sie den Aussteller, ob er den Nachweis auch mit einer verbreiteten Signatur ausstellen kann (eddsa-rdfc-2022 oder ecdsa-rdfc-2019).';

export const de: DemoText = {
  lang: 'de',
  site: {
    name: 'mc-verify-Demo',
    skip: 'Zum Inhalt springen',
    navLabel: 'Seiten der Demo',
    language: 'Sprache',
    footer: 'mc-verify prüft Nachweise in Ihrem Browser: Nichts, was Sie hier einfügen oder ablegen, wird an einen Server von uns geschickt.',
    footerOffline: 'Die Beispielnachweise und die Dokumente, die sie brauchen, liefert diese Demo selbst aus. Sie funktioniert also auch ohne Internet.',
  },
  nav: { check: 'Nachweis prüfen', preview: 'Vorschau für Personaler', embed: 'Einbinden', gallery: 'Galerie' },
  check: {
    title: 'Ist dieser Nachweis echt?',
    lead: 'Fügen Sie einen Link zum Nachweis, sein JSON oder ein JWT ein, legen Sie eine Datei ab (JSON, ein gebackenes PNG- oder SVG-Abzeichen, ein PDF mit QR-Code) oder scannen Sie einen QR-Code mit der Kamera. mc-verify prüft die Signatur, den Schlüssel des Ausstellers, die Daten und den Widerruf und zeigt, was der Nachweis aussagt.',
    tryHeading: 'Nichts zur Hand? Probieren Sie ein Beispiel',
    tryLinks: 'Einen Beispiel-Link prüfen:',
    tryFiles: 'Oder laden Sie eine Beispieldatei herunter und legen Sie sie oben ab:',
    fileJson: 'Nachweis (JSON)',
    filePng: 'Gebackenes Abzeichen (PNG)',
    fileSvg: 'Gebackenes Abzeichen (SVG)',
    filePdf: 'Zertifikat mit QR-Code (PDF)',
    privacy: 'Alles läuft in diesem Browser-Tab. Links ruft Ihr Browser direkt dort ab, wo der Nachweis liegt, nicht über einen Server von uns.',
  },
  preview: {
    title: 'Ihr Nachweis mit den Augen von Personalern',
    lead: 'Fügen Sie den Link ein, den Sie auf LinkedIn angegeben haben, oder legen Sie die Nachweisdatei ab. Die Demo führt die Prüfungen aus, die die Browser-Erweiterung mc-verify für Personaler ausführt, zeigt das Kennzeichen neben Ihrem Eintrag und sagt Ihnen, was zu beheben ist.',
    conditions: 'Geprüft wie von der Erweiterung: zum aktuellen Zeitpunkt, online, ohne Vertrauensliste. Die eigenen Beispiel-Links der Demo beantwortet die Demo selbst.',
    samplesHeading: 'Einen Nachweis mit Problem ausprobieren',
    samplesIntro: 'Jeder dieser Nachweise stammt von der erfundenen Hochschule dieser Demo und hat ein Problem, auf das Lernende stoßen.',
    goodSample: 'Ein Microcredential ohne Beanstandung',
    resultHeading: 'Was Personaler sehen',
    waiting: 'Fügen Sie einen Link ein oder legen Sie eine Datei ab, um hier das Ergebnis zu sehen.',
    checking: 'Wird geprüft …',
    couldNotRun: 'Die Prüfung konnte nicht laufen. Versuchen Sie es erneut oder fügen Sie statt des Links den Text des Nachweises ein.',
    linkedinHeading: 'Neben Ihrem LinkedIn-Eintrag',
    linkedinSection: 'Bescheinigungen und Zertifikate',
    issued: (date) => `Ausgestellt am ${date}`,
    showCredential: 'Nachweis anzeigen',
    chipNote: 'Dieses Kennzeichen zeigt die Erweiterung mc-verify neben dem Eintrag. Beim Überfahren oder Fokussieren nennt es den Grund.',
    adviceHeading: 'Was zu beheben ist',
    adviceNone: 'Nichts zu beheben: Personaler sehen diesen Nachweis als geprüft.',
    adviceSummary: (count) => (count === 1 ? 'Ein Punkt zum Ansehen.' : `${count} Punkte zum Ansehen, der wichtigste zuerst.`),
    technical: 'Technische Einzelheiten',
    reportHeading: 'Der vollständige Bericht, wie im Seitenbereich der Erweiterung',
    announce: (verdict, count) => `Ergebnis: ${verdict}. ${count === 0 ? 'Nichts zu beheben.' : count === 1 ? 'Ein Hinweis.' : `${count} Hinweise.`}`,
    unknownTitle: 'Ihr Nachweis',
    unknownIssuer: 'Aussteller nicht bestätigt',
  },
  embed: {
    title: 'Den Prüfer auf Ihrer Website einbinden',
    lead: 'Ein Skript und ein Tag: <mc-verify> prüft einen Nachweis im Browser der Besucher und zeigt das Ergebnis. Optionen wählen, Code kopieren und live ansehen.',
    installHeading: '1. Das Skript bereitstellen',
    install: 'Kopieren Sie die Dateien aus dist/mc-verify/ (mc-verify.js und den Ordner chunks/) auf Ihre Website. Kein Build-Schritt, kein Servercode und keine Anfragen an andere als den Aussteller des Nachweises.',
    optionsHeading: '2. Optionen wählen',
    src: 'Link zum Nachweis',
    srcHelp: 'Die Adresse eines Nachweises oder eine Seite einer Nachweis-Plattform. Leer lassen, um den Nachweis per Skript zu setzen.',
    theme: 'Farbschema',
    themeAuto: 'Einstellung der Besucher folgen',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    language: 'Sprache',
    languagePage: 'Sprache der Seite',
    compact: 'Kompakte Darstellung',
    compactHelp: 'Ergebnis, Name und Aussteller; die Einzelheiten hinter einer Schaltfläche.',
    headingLevel: 'Überschriftenebene des Ergebnisses',
    recipient: 'E-Mail-Adresse der Empfängerin oder des Empfängers (optional)',
    recipientHelp: 'Wird im Browser mit dem gehashten Empfänger des Nachweises verglichen.',
    trust: 'Adresse einer Vertrauensliste (optional)',
    trustHelp: 'Eine Liste von Ausstellern, für die Sie bürgen, im Format von mc-verify oder der DCC-Ausstellerregistrierung.',
    snippetHeading: '3. Code kopieren',
    copy: 'Code kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Code und kopieren Sie ihn selbst.',
    previewHeading: 'Live-Vorschau',
    previewNote: 'Die Vorschau nutzt die Beispieldokumente der Demo, daher funktionieren die Beispiel-Links auch offline.',
    apiHeading: 'Referenz',
    apiLead: 'Beim Bauen dieser Demo aus custom-elements.json erzeugt. Die Referenz ist auf Englisch.',
  },
  gallery: {
    title: 'Beispielnachweise',
    lead: 'Echte Nachweise aus öffentlichen Testsammlungen und von der Europäischen Kommission sowie Nachweise, die diese Demo selbst ausgestellt hat. Jeder wird live in Ihrem Browser geprüft; die nötigen Dokumente liefert die Demo.',
    judgedAt: (date) => `Beurteilt zum ${date}, damit das Beispiel seine Bedeutung behält.`,
    source: 'Quelle',
    licence: 'Lizenz',
    ownSample: 'Von dieser Demo ausgestellt, bei jedem Bauen mit neuen Schlüsseln.',
    download: 'Herunterladen',
    formats: { json: 'JSON', jwt: 'JWT', png: 'gebackenes PNG', svg: 'gebackenes SVG', pdf: 'PDF mit QR-Code' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'EU-Microcredential (Open Badges 3.0)',
      about: 'Ausgestellt von der erfundenen Hochschule dieser Demo mit den niederländischen Microcredential-Feldern: 5 ECTS, EQR-Niveau 6, ESCO-Kompetenzen, gemischte Teilnahme, Portfolio-Prüfung, Identität geprüft. Er ist geprüft, daher erscheint sein Feld nach Anhang I der EU.',
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 mit Statusliste',
      about: 'Ein Testnachweis des Digital Credentials Consortium, mit Ed25519 signiert und gegen die Widerrufsliste seines Ausstellers geprüft.',
    },
    'ob2-hosted': {
      title: 'Gehostetes Open Badges 2.0-Abzeichen',
      about: 'Geprüft nach Version 2.0: Die Zusicherung, ihre Abzeichenklasse und der Aussteller werden von den Adressen des Ausstellers geholt (hier aus den Testdateien des 1EdTech-Validators).',
    },
    'vc-jose': {
      title: 'Nachweis als JSON Web Token',
      about: 'Ein Verifiable Credential 2.0, mit VC-JOSE (ES256) von einem did:jwk-Aussteller gesichert, aus der Testsammlung von Credo.',
    },
    expired: { title: 'Abgelaufen', about: 'Echt und unverändert, aber der Gültigkeitszeitraum ist vorbei.' },
    revoked: { title: 'Widerrufen', about: 'Die signierte Statusliste des Ausstellers sagt, dass dieser Nachweis zurückgezogen wurde.' },
    tampered: { title: 'Manipuliert', about: 'Der Name des Nachweises wurde nach dem Signieren geändert, deshalb passt die Signatur nicht mehr.' },
    'status-list-unreachable': {
      title: 'Statusliste nicht erreichbar',
      about: 'Die Signatur stimmt, aber die genannte Widerrufsliste lässt sich nicht abrufen. Niemand kann also sagen, ob er widerrufen wurde. Er wird nie als gültig angezeigt.',
    },
    'europass-test-seal': {
      title: 'Europass-Microcredential der Europäischen Kommission',
      about: 'Das eigene Anhang-I-Beispiel der Kommission. Sein Siegel ist kryptografisch einwandfrei, aber mit einem Testzertifikat erstellt, das auf keiner EU-Vertrauensliste steht. Die ehrliche Antwort ist daher „nicht prüfbar“. Ohne geprüfte Daten gibt es kein Anhang-I-Feld.',
    },
    'expiring-soon': { title: 'Läuft in 30 Tagen ab', about: 'Heute gültig, aber das Enddatum ist nah.' },
    'status-list-missing': { title: 'Statusliste fehlt', about: 'Der Aussteller nennt eine Widerrufsliste, die er nie veröffentlicht hat.' },
    'no-workload': { title: 'Microcredential ohne Arbeitsaufwand', about: 'Nennt sich Microcredential, gibt aber weder ECTS-Punkte noch Stunden an.' },
    'foreign-key': { title: 'Mit fremdem Schlüssel signiert', about: 'Nennt die Hochschule als Aussteller, wurde aber mit einem Schlüssel signiert, den die Hochschule nicht kontrolliert.' },
    'wallet-link': { title: 'Eine Profilseite statt des Nachweises', about: 'Der LinkedIn-Eintrag verlinkt auf das Credly-Profil der lernenden Person: Es listet Abzeichen auf, ist aber selbst keines.' },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: 'Dieser Link führt zu einer Seite, nicht zu einem Nachweis. Personaler können also nichts prüfen.',
        fix: 'Teilen Sie stattdessen die Adresse des Nachweises: den Link zum Abzeichen oder Zertifikat selbst (oft hinter „Teilen“ oder „Verifizieren“), nicht zu Ihrem Profil oder Ihrer Wallet.',
      },
      NOT_A_CREDENTIAL: {
        seen: 'Wohin der Link führt, ist kein Nachweis.',
        fix: 'Teilen Sie die Adresse oder die Datei des Nachweises, die Ihnen der Aussteller gegeben hat.',
      },
      INPUT_UNRECOGNISED: {
        seen: 'Was Sie geteilt haben, ist kein Nachweis in einem lesbaren Format (vielleicht eine Webseite).',
        fix: 'Teilen Sie die Adresse des Nachweises, seine JSON-Datei oder das gebackene Abzeichenbild Ihres Ausstellers.',
      },
      IMAGE_NOT_BAKED: {
        seen: 'Dieses Bild enthält keinen Nachweis; es ist nur ein Bild davon.',
        fix: 'Laden Sie beim Aussteller das „gebackene“ Abzeichenbild (oder die Nachweisdatei) herunter und teilen Sie dieses.',
      },
      LINK_API_UNKNOWN: {
        seen: 'Die Plattform hinter diesem Link lässt niemanden den Nachweis lesen.',
        fix: 'Bitten Sie die Plattform oder den Aussteller um einen Link zum Nachweis selbst (Open Badges oder Verifiable Credential) oder laden Sie die Nachweisdatei herunter.',
      },
      EDCI_XML_UNSUPPORTED: {
        seen: 'Dies ist ein älterer Europass-Nachweis im XML-Format, der hier nicht geprüft werden kann.',
        fix: 'Laden Sie die JSON-LD-Fassung des Nachweises aus Ihrer Europass-Wallet herunter und teilen Sie diese.',
      },
      FETCH_FAILED: { seen: 'Der Link ließ sich nicht öffnen.', fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'Der Server hinter dem Link hat mit einem Fehler geantwortet.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'Der Server hinter dem Link hat zu lange für die Antwort gebraucht.',
        fix: 'Versuchen Sie es später erneut. Passiert das öfter, sagen Sie dem Aussteller, dass sein Nachweis-Server langsam ist.',
      },
      PROOF_MISSING: {
        seen: 'Der Nachweis ist nicht signiert, niemand kann also sagen, ob er echt ist.',
        fix: 'Bitten Sie den Aussteller um die signierte Fassung (einen Nachweis mit Beweis oder Siegel).',
      },
      SIGNATURE_INVALID: {
        seen: 'Der Nachweis wurde nach dem Signieren geändert oder seine Signatur ist beschädigt. Personaler sehen ihn als ungültig.',
        fix: 'Laden Sie beim Aussteller eine frische Kopie herunter und teilen Sie sie unverändert. Schlägt auch diese fehl, informieren Sie den Aussteller.',
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'Der Nachweis ist mit einem Verfahren signiert, das die Werkzeuge von Personalern noch nicht prüfen können.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'Der Nachweis ist mit einem Verfahren signiert, das die Werkzeuge von Personalern noch nicht prüfen können.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: 'Der Nachweis nutzt ein Vokabular (einen JSON-LD-Kontext), das Prüfprogramme nicht kennen, daher lässt sich seine Signatur nicht sicher prüfen.',
        fix: 'Bitten Sie den Aussteller, nur veröffentlichte, bekannte Kontexte zu verwenden, etwa die von Verifiable Credentials und Open Badges.',
      },
      JSONLD_DATA_LOSS: {
        seen: 'Ein Teil des Nachweises ist nicht von der Signatur abgedeckt.',
        fix: 'Bitten Sie den Aussteller, jedes verwendete Feld in einem Kontext zu definieren und den Nachweis neu auszustellen.',
      },
      SCHEMA_VIOLATION: {
        seen: 'Der Nachweis entspricht nicht der Struktur, die er angibt.',
        fix: 'Bitten Sie den Aussteller, seine Nachweise mit einem Validator zu prüfen (etwa dem von 1EdTech) und Ihren neu auszustellen.',
      },
      KEY_NOT_ISSUERS: {
        seen: 'Der Nachweis wurde mit einem Schlüssel signiert, der nicht dem genannten Aussteller gehört. Personaler sehen ihn als ungültig.',
        fix: 'Bitten Sie den Aussteller, ihn neu auszustellen, signiert mit einem Schlüssel, den er selbst veröffentlicht (in seinem DID-Dokument oder Ausstellerprofil).',
      },
      KEY_NOT_AUTHORISED: {
        seen: 'Der Schlüssel des Ausstellers ist nicht zum Signieren von Nachweisen berechtigt.',
        fix: 'Bitten Sie den Aussteller, den Schlüssel in seinem DID-Dokument für Zusicherungen (assertionMethod) einzutragen.',
      },
      KEY_NOT_PUBLISHED: {
        seen: 'Der Schlüssel stammt nur aus dem Nachweis selbst; der Aussteller veröffentlicht ihn nicht. Jeder könnte ihn also erzeugt haben.',
        fix: 'Bitten Sie den Aussteller, seinen Schlüssel zu veröffentlichen (eine DID oder ein Schlüsselsatz auf seiner eigenen Website).',
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: 'Der öffentliche Schlüssel des Ausstellers ließ sich nicht abrufen, die Signatur wurde daher nicht geprüft.',
        fix: 'Bitten Sie den Aussteller zu prüfen, ob sein DID-Dokument oder Ausstellerprofil erreichbar ist.',
      },
      SEAL_UNTRUSTED: {
        seen: 'Das Europass-Siegel führt zu keinem Zertifikat auf einer EU-Vertrauensliste.',
        fix: 'Bitten Sie den Aussteller, Nachweise mit einem qualifizierten elektronischen Siegel von einer EU-Vertrauensliste zu versiegeln.',
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: 'Das Zertifikat des Siegels war beim Versiegeln nicht gültig.',
        fix: 'Bitten Sie den Aussteller, den Nachweis mit einem gültigen Zertifikat neu zu versiegeln.',
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: 'Die vom Aussteller gehostete Kopie Ihres Abzeichens ließ sich nicht abrufen.',
        fix: 'Fragen Sie den Aussteller oder die Abzeichen-Plattform, ob das Abzeichen noch unter seiner Adresse liegt.',
      },
      BADGE_UNRESOLVABLE: {
        seen: 'Die Beschreibung des Abzeichens oder seines Ausstellers ließ sich nicht abrufen.',
        fix: 'Bitten Sie den Aussteller oder die Abzeichen-Plattform, Abzeichenklasse und Ausstellerseite wiederherzustellen.',
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `Der Nachweis ist am ${validUntil} abgelaufen. Personaler sehen ihn als abgelaufen.` : 'Der Nachweis ist abgelaufen. Personaler sehen ihn als abgelaufen.'),
        fix: 'Fragen Sie den Aussteller, ob Sie ihn erneuern können. Wenn nicht, führen Sie ihn als frühere Leistung auf.',
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `Der Nachweis gilt erst ab dem ${validFrom}.` : 'Der Nachweis ist noch nicht gültig.'),
        fix: 'Warten Sie bis dahin oder fragen Sie den Aussteller, ob das Datum falsch ist.',
      },
      CREDENTIAL_REVOKED: {
        seen: 'Ihr Aussteller hat diesen Nachweis widerrufen.',
        fix: 'Halten Sie das für einen Fehler, wenden Sie sich an den Aussteller. Sonst entfernen Sie den Nachweis aus Ihrem Profil.',
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Ihr Aussteller hat diesen Nachweis vorläufig ausgesetzt.',
        fix: 'Fragen Sie den Aussteller nach dem Grund und wann er wieder gilt.',
      },
      STATUS_LIST_UNREACHABLE: {
        seen: 'Die Statusliste Ihres Ausstellers ist nicht erreichbar. Niemand kann also bestätigen, dass der Nachweis nicht widerrufen wurde: Personaler sehen „nicht prüfbar“.',
        fix: 'Wenden Sie sich an den Aussteller: Seine Widerrufsliste muss unter der Adresse erreichbar sein, die der Nachweis nennt.',
      },
      STATUS_LIST_INVALID: {
        seen: 'Die Statusliste Ihres Ausstellers besteht die Prüfung nicht, der Widerruf lässt sich also nicht prüfen.',
        fix: 'Bitten Sie den Aussteller, eine korrekt signierte Statusliste zu veröffentlichen.',
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: 'Die Statusliste stammt nicht von Ihrem Aussteller und kann daher nicht für Ihren Nachweis sprechen.',
        fix: 'Bitten Sie den Aussteller, seine Statusliste selbst zu signieren.',
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: 'Der Nachweis nutzt ein Widerrufsverfahren, das die Werkzeuge von Personalern nicht prüfen können.',
        fix: 'Bitten Sie den Aussteller, die W3C Bitstring Status List zu verwenden.',
      },
      ISSUER_SELF_ASSERTED: {
        seen: 'Ihr Aussteller steht in keiner Vertrauensliste, die Personaler verwenden: Sein Name ist nur, was der Nachweis sagt.',
        fix: 'Fragen Sie den Aussteller, ob er in einem Ausstellerregister steht (etwa dem des Digital Credentials Consortium) und ob er mit einer did:web auf seiner eigenen Domain signiert.',
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: 'Ihr Aussteller steht nicht in der geprüften Vertrauensliste.',
        fix: 'Fragen Sie den Aussteller, in welchen Registern er steht, und erwähnen Sie das neben dem Nachweis.',
      },
      ISSUER_PATH_DID: {
        seen: 'Die Kennung des Ausstellers ist ein Pfad auf einer Website, den jeder nutzen könnte, der diesen Pfad kontrolliert.',
        fix: 'Bitten Sie den Aussteller, mit einer did:web auf seiner eigenen Domain zu signieren.',
      },
      EU_ELEMENT_MISSING: { seen: 'Eine Angabe, die die EU für Microcredentials verlangt, fehlt.', fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'Leistungspunkte sind angegeben, ohne zu sagen, dass es ECTS-Punkte sind.',
        fix: 'Bitten Sie den Aussteller, das Leistungspunktesystem (ECTS) anzugeben.',
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Die Stunden pro ECTS-Punkt sind ungewöhnlich (außerhalb von 20 bis 35).',
        fix: 'Bitten Sie den Aussteller, Punkte und Stunden zu überprüfen.',
      },
      EQF_LEVEL_MALFORMED: {
        seen: 'Das EQR-Niveau lässt sich nicht als Stufe von 1 bis 8 lesen.',
        fix: 'Bitten Sie den Aussteller, das EQR-Niveau als Zahl oder als EQR-Adresse der EU anzugeben.',
      },
    },
    missingElement: {
      learner: 'Keine Angabe zur Identität der lernenden Person.',
      title: 'Kein Titel angegeben.',
      'issuer-country': 'Kein Land des Ausstellers angegeben.',
      'awarding-body': 'Keine verleihende Stelle angegeben.',
      'issue-date': 'Kein Ausstellungsdatum angegeben.',
      'learning-outcomes': 'Keine Lernergebnisse angegeben.',
      workload: 'Kein Arbeitsaufwand in ECTS angegeben.',
      level: 'Kein EQR-Niveau angegeben.',
      assessment: 'Keine Art der Prüfung angegeben.',
      participation: 'Keine Form der Teilnahme angegeben.',
      'quality-assurance': 'Keine Art der Qualitätssicherung angegeben.',
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: 'Bitten Sie den Aussteller, den Arbeitsaufwand in ECTS-Punkten anzugeben (und gern auch in Stunden): Personaler vergleichen Microcredentials danach.',
    expiresSoon: {
      seen: ({ validUntil }) => `Der Nachweis läuft am ${validUntil ?? '—'} ab. Danach sehen Personaler ihn als abgelaufen.`,
      fix: 'Fragen Sie den Aussteller rechtzeitig nach einer Erneuerung und halten Sie die Daten Ihres LinkedIn-Eintrags passend.',
    },
    otherFix: (code) => `Fragen Sie den Aussteller danach und nennen Sie den Code ${code}.`,
    severity: { blocker: 'Personaler sehen ein Problem', warning: 'Lohnt sich zu beheben', tip: 'Gut zu wissen' },
    owner: { you: 'Können Sie selbst beheben', issuer: 'Beim Aussteller nachfragen', platform: 'Bei der Plattform nachfragen' },
  },
};
