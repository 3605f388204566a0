/** De tekst van de demo in het Nederlands (termen van het element: bewijs, uitgever, intrekkingslijst). */
import type { DemoText } from './text-types.ts';

const ASK_EU = 'Vraag de uitgever het te vermelden: de Europese definitie van een microcredential (Aanbeveling van de Raad van 16 juni 2022, bijlage I) maakt het verplicht.';
const OPEN_LINK = 'Open de link zelf in een privévenster. Werkt hij niet, vraag de uitgever dan hem te herstellen of u een nieuwe te geven.';
const WIDER_SIGNATURE = 'Vraag de uitgever of die het bewijs ook met een breed ondersteunde handtekening kan uitgeven (eddsa-rdfc-2022 of ecdsa-rdfc-2019).';

export const nl: DemoText = {
  lang: 'nl',
  site: {
    name: 'mc-verify-demo',
    skip: 'Naar de inhoud',
    navLabel: "Pagina's van de demo",
    language: 'Taal',
    footer: 'mc-verify controleert bewijzen in uw browser: niets wat u hier plakt of neerzet, gaat naar een server van ons.',
    footerOffline: 'De voorbeeldbewijzen en de documenten die ze nodig hebben, levert deze demo zelf. Hij werkt dus ook zonder internet.',
  },
  nav: { check: 'Bewijs controleren', preview: 'Als recruiter bekijken', embed: 'Insluiten', gallery: 'Galerij' },
  check: {
    title: 'Is dit bewijs echt?',
    lead: "Plak een link naar een bewijs, de JSON ervan of een JWT, zet een bestand neer (JSON, een 'gebakken' PNG- of SVG-badge, een pdf met een QR-code) of scan een QR-code met de camera. mc-verify controleert de handtekening, de sleutel van de uitgever, de data en de intrekking, en laat zien wat het bewijs zegt.",
    tryHeading: 'Niets bij de hand? Probeer een voorbeeld',
    tryLinks: 'Een voorbeeldlink controleren:',
    tryFiles: 'Of download een voorbeeldbestand en zet het hierboven neer:',
    fileJson: 'Bewijs (JSON)',
    filePng: 'Gebakken badge (PNG)',
    fileSvg: 'Gebakken badge (SVG)',
    filePdf: 'Certificaat met QR-code (pdf)',
    privacy: 'Alles gebeurt in dit browsertabblad. Uw browser haalt links rechtstreeks op waar het bewijs staat, niet via een server van ons.',
  },
  preview: {
    title: 'Uw bewijs zoals een recruiter het ziet',
    lead: 'Plak de link die u op LinkedIn hebt gezet, of zet het bestand van het bewijs neer. De demo voert de controles uit die de browserextensie mc-verify voor een recruiter doet, toont het label dat die naast uw vermelding zou zien, en vertelt wat u kunt verbeteren.',
    conditions: 'Gecontroleerd zoals de extensie het doet: op dit moment, online, zonder vertrouwenslijst. De eigen voorbeeldlinks van de demo beantwoordt de demo zelf.',
    samplesHeading: 'Probeer een bewijs met een probleem',
    samplesIntro: 'Elk ervan is uitgegeven door de fictieve hogeschool van deze demo en heeft een probleem waar lerenden tegenaan lopen.',
    goodSample: 'Een microcredential zonder verbeterpunten',
    resultHeading: 'Wat een recruiter ziet',
    waiting: 'Plak een link of zet een bestand neer om hier het resultaat te zien.',
    checking: 'Bezig met controleren…',
    couldNotRun: 'De controle kon niet worden uitgevoerd. Probeer het opnieuw, of plak de tekst van het bewijs in plaats van een link.',
    linkedinHeading: 'Naast uw LinkedIn-vermelding',
    linkedinSection: 'Licenties en certificaten',
    issued: (date) => `Uitgegeven op ${date}`,
    showCredential: 'Certificaat weergeven',
    chipNote: 'Dit label toont de extensie mc-verify naast de vermelding. Bij aanwijzen of focus geeft het de reden.',
    adviceHeading: 'Wat te verbeteren',
    adviceNone: 'Niets te verbeteren: een recruiter ziet dit bewijs als geverifieerd.',
    adviceSummary: (count) => (count === 1 ? 'Eén punt om naar te kijken.' : `${count} punten om naar te kijken, het belangrijkste eerst.`),
    technical: 'Technisch detail',
    reportHeading: 'Het volledige rapport, zoals in het zijpaneel van de extensie',
    announce: (verdict, count) => `Resultaat: ${verdict}. ${count === 0 ? 'Niets te verbeteren.' : count === 1 ? 'Eén advies.' : `${count} adviezen.`}`,
    unknownTitle: 'Uw bewijs',
    unknownIssuer: 'Uitgever niet bevestigd',
  },
  embed: {
    title: 'Zet de controle op uw website',
    lead: 'Eén script en één tag: <mc-verify> controleert een bewijs in de browser van de bezoeker en toont het resultaat. Kies de opties, kopieer de code en bekijk het live.',
    installHeading: '1. Het script hosten',
    install: 'Kopieer de bestanden uit dist/mc-verify/ (mc-verify.js en de map chunks/) naar uw website. Geen bouwstap, geen servercode en geen verzoeken aan anderen dan de uitgever van het bewijs.',
    optionsHeading: '2. Opties kiezen',
    src: 'Link naar het bewijs',
    srcHelp: 'Het adres van een bewijs, of een pagina op een platform voor bewijzen. Laat leeg om het bewijs via een script mee te geven.',
    theme: 'Thema',
    themeAuto: 'Instelling van de bezoeker volgen',
    themeLight: 'Licht',
    themeDark: 'Donker',
    language: 'Taal',
    languagePage: 'De taal van de pagina',
    compact: 'Compacte weergave',
    compactHelp: 'Oordeel, naam en uitgever; de details achter een knop.',
    headingLevel: 'Kopniveau van het oordeel',
    recipient: 'E-mailadres van de ontvanger (optioneel)',
    recipientHelp: 'Wordt in de browser vergeleken met de gehashte ontvanger van het bewijs.',
    trust: 'Adres van een vertrouwenslijst (optioneel)',
    trustHelp: 'Een lijst van uitgevers voor wie u instaat, in het formaat van mc-verify of van het uitgeversregister van het DCC.',
    snippetHeading: '3. Code kopiëren',
    copy: 'Code kopiëren',
    copied: 'Naar het klembord gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.',
    previewHeading: 'Live voorbeeld',
    previewNote: 'Het voorbeeld gebruikt de voorbeelddocumenten van de demo, dus de voorbeeldlinks werken ook offline.',
    apiHeading: 'Naslag',
    apiLead: 'Bij het bouwen van deze demo gemaakt uit custom-elements.json. De naslag is in het Engels.',
  },
  gallery: {
    title: 'Voorbeeldbewijzen',
    lead: 'Echte bewijzen uit openbare testverzamelingen en van de Europese Commissie, en bewijzen die deze demo zelf heeft uitgegeven. Elk wordt live in uw browser gecontroleerd; de benodigde documenten levert de demo.',
    judgedAt: (date) => `Beoordeeld per ${date}, zodat het voorbeeld zijn betekenis houdt.`,
    source: 'Bron',
    licence: 'Licentie',
    ownSample: 'Uitgegeven door deze demo, bij elke bouw met nieuwe sleutels.',
    download: 'Downloaden',
    formats: { json: 'JSON', jwt: 'JWT', png: 'gebakken PNG', svg: 'gebakken SVG', pdf: 'pdf met QR-code' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'Europese microcredential (Open Badges 3.0)',
      about: 'Uitgegeven door de fictieve hogeschool van deze demo met de Nederlandse microcredential-velden: 5 EC, EQF-niveau 6, ESCO-vaardigheden, blended deelname, beoordeling met een portfolio, identiteit gecontroleerd. Het is geverifieerd, dus het paneel volgens bijlage I van de EU wordt getoond.',
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 met statuslijst',
      about: 'Een testbewijs van het Digital Credentials Consortium, ondertekend met Ed25519 en gecontroleerd tegen de intrekkingslijst van de uitgever.',
    },
    'ob2-hosted': {
      title: 'Gehoste Open Badges 2.0-badge',
      about: 'Gecontroleerd op de 2.0-manier: de assertion, de badgeklasse en de uitgever worden opgehaald van de adressen van de uitgever (hier uit de testbestanden van de 1EdTech-validator).',
    },
    'vc-jose': {
      title: 'Bewijs als JSON Web Token',
      about: 'Een Verifiable Credential 2.0, beveiligd met VC-JOSE (ES256) door een did:jwk-uitgever, uit de testverzameling van Credo.',
    },
    expired: { title: 'Verlopen', about: 'Echt en ongewijzigd, maar de geldigheidsperiode is voorbij.' },
    revoked: { title: 'Ingetrokken', about: 'De ondertekende statuslijst van de uitgever zegt dat dit bewijs is ingetrokken.' },
    tampered: { title: 'Gemanipuleerd', about: 'De naam van het bewijs is na het ondertekenen gewijzigd, dus de handtekening klopt niet meer.' },
    'status-list-unreachable': {
      title: 'Statuslijst onbereikbaar',
      about: 'De handtekening is in orde, maar de genoemde intrekkingslijst is niet op te halen. Niemand kan dus zeggen of het bewijs is ingetrokken. Het wordt nooit als geldig getoond.',
    },
    'europass-test-seal': {
      title: 'Europass-microcredential van de Europese Commissie',
      about: 'Het eigen bijlage I-voorbeeld van de Commissie. Het zegel is cryptografisch in orde, maar gemaakt met een testcertificaat dat op geen enkele EU-vertrouwenslijst staat. Het eerlijke antwoord is dus "niet te verifiëren". Zonder geverifieerde gegevens is er geen bijlage I-paneel.',
    },
    'expiring-soon': { title: 'Verloopt over 30 dagen', about: 'Vandaag geldig, maar de einddatum is dichtbij.' },
    'status-list-missing': { title: 'Statuslijst ontbreekt', about: 'De uitgever noemt een intrekkingslijst die hij nooit heeft gepubliceerd.' },
    'no-workload': { title: 'Microcredential zonder studielast', about: 'Noemt zich een microcredential, maar vermeldt geen EC en geen uren.' },
    'foreign-key': { title: 'Ondertekend met andermans sleutel', about: 'Noemt de hogeschool als uitgever, maar is ondertekend met een sleutel die de hogeschool niet beheert.' },
    'wallet-link': { title: 'Een profielpagina in plaats van het bewijs', about: 'De LinkedIn-vermelding linkt naar het Credly-profiel van de lerende: dat toont badges, maar is er zelf geen.' },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: 'Deze link leidt naar een pagina, niet naar een bewijs. Een recruiter kan dus niets controleren.',
        fix: "Deel in plaats daarvan het adres van het bewijs: de link naar de badge of het certificaat zelf (vaak achter 'Delen' of 'Verifiëren'), niet naar uw profiel of wallet.",
      },
      NOT_A_CREDENTIAL: {
        seen: 'Waar de link naartoe leidt, is geen bewijs.',
        fix: 'Deel het adres of het bestand van het bewijs dat de uitgever u heeft gegeven.',
      },
      INPUT_UNRECOGNISED: {
        seen: 'Wat u hebt gedeeld, is geen bewijs in een formaat dat controleprogramma’s kunnen lezen (misschien een webpagina).',
        fix: 'Deel het adres van het bewijs, het JSON-bestand of de gebakken badge-afbeelding van de uitgever.',
      },
      IMAGE_NOT_BAKED: {
        seen: 'Deze afbeelding bevat geen bewijs; het is er alleen een plaatje van.',
        fix: "Download bij de uitgever de 'gebakken' badge-afbeelding (of het bewijsbestand) en deel die.",
      },
      LINK_API_UNKNOWN: {
        seen: 'Het platform achter deze link laat niemand het bewijs lezen.',
        fix: 'Vraag het platform of de uitgever om een link naar het bewijs zelf (Open Badges of Verifiable Credential), of download het bewijsbestand.',
      },
      EDCI_XML_UNSUPPORTED: {
        seen: 'Dit is een ouder Europass-bewijs in XML, dat hier niet kan worden gecontroleerd.',
        fix: 'Download de JSON-LD-versie van het bewijs uit uw Europass-wallet en deel die.',
      },
      FETCH_FAILED: { seen: 'De link kon niet worden geopend.', fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'De server achter de link antwoordde met een fout.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'De server achter de link deed er te lang over om te antwoorden.',
        fix: 'Probeer het later opnieuw. Blijft het gebeuren, laat de uitgever dan weten dat hun bewijsserver traag is.',
      },
      PROOF_MISSING: {
        seen: 'Het bewijs is niet ondertekend, dus niemand kan zeggen of het echt is.',
        fix: 'Vraag de uitgever om de ondertekende versie (een bewijs met een proof of zegel).',
      },
      SIGNATURE_INVALID: {
        seen: 'Het bewijs is gewijzigd nadat de uitgever het ondertekende, of de handtekening is beschadigd. Recruiters zien het als ongeldig.',
        fix: 'Download een verse kopie bij de uitgever en deel die ongewijzigd. Faalt ook die, laat het de uitgever dan weten.',
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'Het bewijs is ondertekend met een methode die de hulpmiddelen van recruiters nog niet kunnen controleren.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'Het bewijs is ondertekend met een methode die de hulpmiddelen van recruiters nog niet kunnen controleren.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: 'Het bewijs gebruikt een vocabulaire (een JSON-LD-context) die controleprogramma’s niet kennen, dus de handtekening kan niet veilig worden gecontroleerd.',
        fix: 'Vraag de uitgever alleen gepubliceerde, bekende contexten te gebruiken, zoals die van Verifiable Credentials en Open Badges.',
      },
      JSONLD_DATA_LOSS: {
        seen: 'Een deel van het bewijs valt niet onder de handtekening.',
        fix: 'Vraag de uitgever elk gebruikt veld in een context te definiëren en het bewijs opnieuw uit te geven.',
      },
      SCHEMA_VIOLATION: {
        seen: 'Het bewijs volgt niet de structuur die het opgeeft.',
        fix: 'Vraag de uitgever de bewijzen met een validator te controleren (bijvoorbeeld die van 1EdTech) en het uwe opnieuw uit te geven.',
      },
      KEY_NOT_ISSUERS: {
        seen: 'Het bewijs is ondertekend met een sleutel die niet van de genoemde uitgever is. Recruiters zien het als ongeldig.',
        fix: 'Vraag de uitgever het opnieuw uit te geven, ondertekend met een sleutel die hij zelf publiceert (in zijn DID-document of uitgeversprofiel).',
      },
      KEY_NOT_AUTHORISED: {
        seen: 'De sleutel van de uitgever mag geen bewijzen ondertekenen.',
        fix: 'Vraag de uitgever de sleutel voor asserties (assertionMethod) in zijn DID-document op te nemen.',
      },
      KEY_NOT_PUBLISHED: {
        seen: 'De sleutel komt alleen uit het bewijs zelf; de uitgever publiceert hem niet, dus iedereen had hem kunnen maken.',
        fix: 'Vraag de uitgever zijn sleutel te publiceren (een DID of een sleutelset op zijn eigen website).',
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: 'De publieke sleutel van de uitgever kon niet worden opgehaald, dus de handtekening is niet gecontroleerd.',
        fix: 'Vraag de uitgever na te gaan of zijn DID-document of uitgeversprofiel online staat.',
      },
      SEAL_UNTRUSTED: {
        seen: 'Het Europass-zegel leidt niet naar een certificaat op een EU-vertrouwenslijst.',
        fix: 'Vraag de uitgever bewijzen te verzegelen met een gekwalificeerd elektronisch zegel van een EU-vertrouwenslijst.',
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: 'Het certificaat van het zegel was niet geldig toen het bewijs werd verzegeld.',
        fix: 'Vraag de uitgever het bewijs opnieuw te verzegelen met een geldig certificaat.',
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: 'De door de uitgever gehoste kopie van uw badge kon niet worden opgehaald.',
        fix: 'Vraag de uitgever of het badgeplatform of de badge nog op zijn adres staat.',
      },
      BADGE_UNRESOLVABLE: {
        seen: 'De beschrijving van de badge of van de uitgever kon niet worden opgehaald.',
        fix: "Vraag de uitgever of het badgeplatform de pagina's van de badgeklasse en de uitgever te herstellen.",
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `Het bewijs is verlopen op ${validUntil}. Recruiters zien het als verlopen.` : 'Het bewijs is verlopen. Recruiters zien het als verlopen.'),
        fix: 'Vraag de uitgever of u het kunt verlengen. Zo niet, vermeld het dan als eerdere prestatie.',
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `Het bewijs wordt pas geldig op ${validFrom}.` : 'Het bewijs is nog niet geldig.'),
        fix: 'Wacht tot dan, of vraag de uitgever of de datum klopt.',
      },
      CREDENTIAL_REVOKED: {
        seen: 'Uw uitgever heeft dit bewijs ingetrokken.',
        fix: 'Denkt u dat dit een vergissing is, neem dan contact op met de uitgever. Haal het bewijs anders van uw profiel.',
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Uw uitgever heeft dit bewijs voorlopig opgeschort.',
        fix: 'Vraag de uitgever waarom, en wanneer het weer geldig is.',
      },
      STATUS_LIST_UNREACHABLE: {
        seen: 'De statuslijst van uw uitgever is onbereikbaar, dus niemand kan bevestigen dat het bewijs niet is ingetrokken. Recruiters zien "niet te verifiëren".',
        fix: 'Vraag het de uitgever: de intrekkingslijst moet online staan op het adres dat het bewijs noemt.',
      },
      STATUS_LIST_INVALID: {
        seen: 'De statuslijst van uw uitgever doorstaat de controle niet, dus intrekking kan niet worden gecontroleerd.',
        fix: 'Vraag de uitgever een correct ondertekende statuslijst te publiceren.',
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: 'De statuslijst is niet door uw uitgever gepubliceerd en kan dus niet voor uw bewijs spreken.',
        fix: 'Vraag de uitgever zijn statuslijst zelf te ondertekenen.',
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: 'Het bewijs gebruikt een intrekkingsmethode die de hulpmiddelen van recruiters niet kunnen controleren.',
        fix: 'Vraag de uitgever de W3C Bitstring Status List te gebruiken.',
      },
      ISSUER_SELF_ASSERTED: {
        seen: 'Uw uitgever staat op geen vertrouwenslijst die recruiters gebruiken: de naam is alleen wat het bewijs zegt.',
        fix: 'Vraag de uitgever of hij in een uitgeversregister staat (bijvoorbeeld dat van het Digital Credentials Consortium) en of hij ondertekent met een did:web op zijn eigen domein.',
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: 'Uw uitgever staat niet op de geraadpleegde vertrouwenslijst.',
        fix: 'Vraag de uitgever in welke registers hij staat, en vermeld dat bij het bewijs.',
      },
      ISSUER_PATH_DID: {
        seen: 'De identificatie van de uitgever is een pad op een website, dat iedereen kan gebruiken die dat pad beheert.',
        fix: 'Vraag de uitgever te ondertekenen met een did:web op zijn eigen domein.',
      },
      EU_ELEMENT_MISSING: { seen: 'Een gegeven dat de EU van een microcredential vraagt, ontbreekt.', fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'Er staan studiepunten vermeld zonder dat erbij staat dat het EC (ECTS) zijn.',
        fix: 'Vraag de uitgever het puntensysteem (ECTS) te vermelden.',
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Het aantal uren per EC is ongebruikelijk (buiten 20 tot 35).',
        fix: 'Vraag de uitgever de punten en de uren na te kijken.',
      },
      EQF_LEVEL_MALFORMED: {
        seen: 'Het EQF-niveau is niet te lezen als een niveau van 1 tot 8.',
        fix: 'Vraag de uitgever het EQF-niveau als getal of als EQF-adres van de EU te vermelden.',
      },
    },
    missingElement: {
      learner: 'Geen identificatie van de lerende vermeld.',
      title: 'Geen titel vermeld.',
      'issuer-country': 'Geen land van de uitgever vermeld.',
      'awarding-body': 'Geen toekennende instelling vermeld.',
      'issue-date': 'Geen datum van uitgifte vermeld.',
      'learning-outcomes': 'Geen leerresultaten vermeld.',
      workload: 'Geen studielast in EC vermeld.',
      level: 'Geen EQF-niveau vermeld.',
      assessment: 'Geen soort beoordeling vermeld.',
      participation: 'Geen vorm van deelname vermeld.',
      'quality-assurance': 'Geen soort kwaliteitsborging vermeld.',
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: 'Vraag de uitgever de studielast in EC (ECTS) te vermelden, en desgewenst ook in uren: recruiters vergelijken microcredentials daarop.',
    expiresSoon: {
      seen: ({ validUntil }) => `Het bewijs verloopt op ${validUntil ?? '—'}. Daarna zien recruiters het als verlopen.`,
      fix: 'Vraag de uitgever op tijd naar verlenging, en houd de data van uw LinkedIn-vermelding in lijn.',
    },
    otherFix: (code) => `Vraag de uitgever ernaar en noem de code ${code}.`,
    severity: { blocker: 'Recruiters zien een probleem', warning: 'De moeite waard om te verbeteren', tip: 'Goed om te weten' },
    owner: { you: 'Kunt u zelf oplossen', issuer: 'Vraag het de uitgever', platform: 'Vraag het het platform' },
  },
};
