/** Il testo della demo in italiano (termini dell'elemento: credenziale, emittente, elenco di revoca). */
import type { DemoText } from './text-types.ts';

const ASK_EU = "Chiedete all'emittente di indicarlo: la definizione europea di microcredenziale (raccomandazione del Consiglio del 16 giugno 2022, allegato I) lo rende obbligatorio.";
const OPEN_LINK = "Aprite voi stessi il link in una finestra privata. Se non funziona, chiedete all'emittente di ripristinarlo o di darvene uno nuovo.";
const WIDER_SIGNATURE = "Chiedete all'emittente se può rilasciarla anche con una firma ampiamente supportata (eddsa-rdfc-2022 o ecdsa-rdfc-2019).";

export const it: DemoText = {
  lang: 'it',
  site: {
    name: 'Demo di mc-verify',
    skip: 'Vai al contenuto',
    navLabel: 'Pagine della demo',
    language: 'Lingua',
    footer: 'mc-verify controlla le credenziali nel vostro browser: niente di ciò che incollate o trascinate qui viene inviato a un nostro server.',
    footerOffline: 'Le credenziali di esempio e i documenti che servono loro sono forniti da questa demo, che quindi funziona anche senza internet.',
  },
  nav: { check: 'Controlla una credenziale', preview: 'Anteprima selezionatore', embed: 'Incorpora', gallery: 'Galleria' },
  check: {
    title: 'Questa credenziale è autentica?',
    lead: "Incollate il link di una credenziale, il suo JSON o un JWT, trascinate un file (JSON, un badge PNG o SVG «cotto», un PDF con codice QR) o inquadrate un codice QR con la fotocamera. mc-verify controlla la firma, la chiave dell'emittente, le date e la revoca, e mostra che cosa dice la credenziale.",
    tryHeading: 'Nulla a portata di mano? Provate un esempio',
    tryLinks: 'Controlla un link di esempio:',
    tryFiles: 'Oppure scaricate un file di esempio e trascinatelo qui sopra:',
    fileJson: 'Credenziale (JSON)',
    filePng: 'Badge cotto (PNG)',
    fileSvg: 'Badge cotto (SVG)',
    filePdf: 'Certificato con codice QR (PDF)',
    privacy: 'Tutto avviene in questa scheda. Il vostro browser recupera i link direttamente da dove si trova la credenziale, non tramite un nostro server.',
  },
  preview: {
    title: 'La vostra credenziale vista da un selezionatore',
    lead: "Incollate il link che avete messo su LinkedIn o trascinate il file della credenziale. La demo esegue i controlli che l'estensione del browser mc-verify fa per un selezionatore, mostra il contrassegno che vedrebbe accanto alla vostra voce e vi dice che cosa correggere.",
    conditions: "Controllata come fa l'estensione: al momento attuale, online, senza elenco di fiducia. Ai link di esempio della demo risponde la demo stessa.",
    samplesHeading: 'Provate una credenziale con un problema',
    samplesIntro: "Ognuna è stata rilasciata dall'università fittizia di questa demo e ha un problema in cui si imbattono gli studenti.",
    goodSample: 'Una microcredenziale senza nulla da correggere',
    resultHeading: 'Che cosa vede un selezionatore',
    waiting: 'Incollate un link o trascinate un file per vedere qui il risultato.',
    checking: 'Controllo in corso…',
    couldNotRun: 'Non è stato possibile eseguire il controllo. Riprovate oppure incollate il testo della credenziale invece del link.',
    linkedinHeading: 'Accanto alla vostra voce su LinkedIn',
    linkedinSection: 'Licenze e certificazioni',
    issued: (date) => `Rilasciata il ${date}`,
    showCredential: 'Mostra credenziale',
    chipNote: "Questo contrassegno è ciò che l'estensione mc-verify mostra accanto alla voce. Passandoci sopra o mettendolo a fuoco, ne indica il motivo.",
    adviceHeading: 'Che cosa correggere',
    adviceNone: 'Niente da correggere: un selezionatore vede questa credenziale come verificata.',
    adviceSummary: (count) => (count === 1 ? 'Un punto da guardare.' : `${count} punti da guardare, il più importante per primo.`),
    technical: 'Dettaglio tecnico',
    reportHeading: "Il rapporto completo, come nel pannello laterale dell'estensione",
    announce: (verdict, count) => `Risultato: ${verdict}. ${count === 0 ? 'Niente da correggere.' : count === 1 ? 'Un consiglio.' : `${count} consigli.`}`,
    unknownTitle: 'La vostra credenziale',
    unknownIssuer: 'Emittente non confermato',
  },
  embed: {
    title: 'Mettete il verificatore sul vostro sito',
    lead: 'Uno script e un tag: <mc-verify> controlla una credenziale nel browser del visitatore e mostra il risultato. Scegliete le opzioni, copiate il frammento e guardatelo dal vivo.',
    installHeading: '1. Ospitate lo script',
    install: "Copiate i file di dist/mc-verify/ (mc-verify.js e la sua cartella chunks/) sul vostro sito. Nessuna compilazione, nessun codice server e nessuna richiesta ad altri che all'emittente della credenziale.",
    optionsHeading: '2. Scegliete le opzioni',
    src: 'Link della credenziale',
    srcHelp: "L'indirizzo di una credenziale o una pagina di una piattaforma di credenziali. Lasciatelo vuoto per fornire la credenziale da uno script.",
    theme: 'Tema',
    themeAuto: "Segui l'impostazione del visitatore",
    themeLight: 'Chiaro',
    themeDark: 'Scuro',
    language: 'Lingua',
    languagePage: 'La lingua della pagina',
    compact: 'Visualizzazione compatta',
    compactHelp: 'Esito, nome ed emittente; i dettagli dietro un pulsante.',
    headingLevel: "Livello del titolo dell'esito",
    recipient: 'E-mail del titolare (facoltativo)',
    recipientHelp: "Confrontata nel browser con il titolare cifrato (hash) della credenziale.",
    trust: 'Indirizzo di un elenco di fiducia (facoltativo)',
    trustHelp: 'Un elenco di emittenti di cui vi fate garanti, nel formato di mc-verify o del registro degli emittenti del DCC.',
    snippetHeading: '3. Copiate il frammento',
    copy: 'Copia il frammento',
    copied: 'Copiato negli appunti.',
    copyFailed: 'Impossibile copiare. Selezionate il frammento e copiatelo voi.',
    previewHeading: 'Anteprima dal vivo',
    previewNote: "L'anteprima usa i documenti di esempio della demo, quindi i link di esempio funzionano anche offline.",
    apiHeading: 'Riferimento',
    apiLead: 'Generato da custom-elements.json alla costruzione di questa demo. Il riferimento è in inglese.',
  },
  gallery: {
    title: 'Credenziali di esempio',
    lead: 'Credenziali reali tratte da raccolte di test pubbliche e dalla Commissione europea, e credenziali rilasciate da questa demo. Ognuna è controllata dal vivo nel vostro browser; i documenti necessari li fornisce la demo.',
    judgedAt: (date) => `Valutata alla data del ${date}, perché l'esempio conservi il suo significato.`,
    source: 'Fonte',
    licence: 'Licenza',
    ownSample: 'Rilasciata da questa demo, con chiavi nuove a ogni costruzione.',
    download: 'Scarica',
    formats: { json: 'JSON', jwt: 'JWT', png: 'PNG cotto', svg: 'SVG cotto', pdf: 'PDF con codice QR' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'Microcredenziale europea (Open Badges 3.0)',
      about: "Rilasciata dall'università fittizia di questa demo con i campi olandesi delle microcredenziali: 5 ECTS, livello 6 dell'EQF, competenze ESCO, partecipazione mista, valutazione tramite portfolio, identità verificata. È verificata, quindi compare il suo pannello dell'allegato I dell'UE.",
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 con elenco di stato',
      about: "Una credenziale di prova del Digital Credentials Consortium, firmata con Ed25519 e controllata con l'elenco di revoca del suo emittente.",
    },
    'ob2-hosted': {
      title: 'Badge Open Badges 2.0 ospitato',
      about: "Controllato alla maniera 2.0: l'asserzione, la sua classe di badge e il suo emittente vengono recuperati agli indirizzi dell'emittente (qui dai file di prova del validatore di 1EdTech).",
    },
    'vc-jose': {
      title: 'Credenziale come JSON Web Token',
      about: 'Una Verifiable Credential 2.0 protetta con VC-JOSE (ES256) da un emittente did:jwk, dalla raccolta di test di Credo.',
    },
    expired: { title: 'Scaduta', about: 'Autentica e integra, ma il suo periodo di validità è terminato.' },
    revoked: { title: 'Revocata', about: "L'elenco di stato firmato dell'emittente dice che questa credenziale è stata ritirata." },
    tampered: { title: 'Manomessa', about: 'Il nome della credenziale è stato cambiato dopo la firma, quindi la firma non corrisponde più.' },
    'status-list-unreachable': {
      title: 'Elenco di stato irraggiungibile',
      about: "La firma è corretta, ma l'elenco di revoca indicato non si può recuperare, quindi nessuno può dire se sia stata revocata. Non viene mai mostrata come valida.",
    },
    'europass-test-seal': {
      title: 'Microcredenziale Europass della Commissione europea',
      about: "L'esempio dell'allegato I della Commissione stessa. Il suo sigillo è crittograficamente corretto, ma è stato fatto con un certificato di prova che non figura in alcun elenco di fiducia dell'UE: la risposta onesta è quindi «verifica non possibile». Senza dati verificati non c'è pannello dell'allegato I.",
    },
    'expiring-soon': { title: 'Scade tra 30 giorni', about: 'Valida oggi, ma la data di scadenza è vicina.' },
    'status-list-missing': { title: 'Elenco di stato mancante', about: "L'emittente indica un elenco di revoca che non ha mai pubblicato." },
    'no-workload': { title: 'Microcredenziale senza carico di lavoro', about: 'Si presenta come microcredenziale ma non indica né crediti ECTS né ore.' },
    'foreign-key': { title: "Firmata con la chiave di un altro", about: "Indica l'università come emittente, ma è stata firmata con una chiave che l'università non controlla." },
    'wallet-link': { title: 'Una pagina di profilo invece della credenziale', about: 'La voce su LinkedIn rimanda al profilo Credly dello studente, che elenca badge ma non è un badge.' },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: 'Questo link porta a una pagina, non a una credenziale: un selezionatore non ha nulla da controllare.',
        fix: "Condividete invece l'indirizzo della credenziale: il link al badge o al certificato stesso (spesso dietro «Condividi» o «Verifica»), non al vostro profilo o portafoglio.",
      },
      NOT_A_CREDENTIAL: {
        seen: 'Ciò a cui porta il link non è una credenziale.',
        fix: "Condividete l'indirizzo o il file della credenziale che vi ha dato l'emittente.",
      },
      INPUT_UNRECOGNISED: {
        seen: 'Ciò che avete condiviso non è una credenziale in un formato leggibile dai verificatori (forse è una pagina web).',
        fix: "Condividete l'indirizzo della credenziale, il suo file JSON o l'immagine del badge cotto fornita dall'emittente.",
      },
      IMAGE_NOT_BAKED: {
        seen: "Questa immagine non contiene alcuna credenziale; ne è solo un'immagine.",
        fix: "Scaricate dall'emittente l'immagine del badge «cotto» (o il file della credenziale) e condividete quella.",
      },
      LINK_API_UNKNOWN: {
        seen: 'La piattaforma dietro questo link non permette a nessuno di leggere la credenziale.',
        fix: "Chiedete alla piattaforma o all'emittente un link alla credenziale stessa (Open Badges o Verifiable Credential), oppure scaricate il file della credenziale.",
      },
      EDCI_XML_UNSUPPORTED: {
        seen: 'È una vecchia credenziale Europass in XML, che qui non si può controllare.',
        fix: 'Scaricate la versione JSON-LD della credenziale dal vostro portafoglio Europass e condividete quella.',
      },
      FETCH_FAILED: { seen: 'Non è stato possibile aprire il link.', fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'Il server dietro il link ha risposto con un errore.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'Il server dietro il link ha impiegato troppo a rispondere.',
        fix: "Riprovate più tardi. Se succede ancora, segnalate all'emittente che il suo server delle credenziali è lento.",
      },
      PROOF_MISSING: {
        seen: 'La credenziale non è firmata, quindi nessuno può dire se sia autentica.',
        fix: "Chiedete all'emittente la versione firmata (una credenziale con prova o sigillo).",
      },
      SIGNATURE_INVALID: {
        seen: "La credenziale è stata modificata dopo la firma dell'emittente, oppure la sua firma è danneggiata. I selezionatori la vedono come non valida.",
        fix: "Scaricate una copia nuova dall'emittente e condividetela senza modifiche. Se fallisce anche quella, avvisate l'emittente.",
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'La credenziale è firmata con un metodo che gli strumenti dei selezionatori non sanno ancora controllare.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'La credenziale è firmata con un metodo che gli strumenti dei selezionatori non sanno ancora controllare.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: 'La credenziale usa un vocabolario (un contesto JSON-LD) sconosciuto ai verificatori, quindi la sua firma non si può controllare in modo sicuro.',
        fix: "Chiedete all'emittente di usare solo contesti pubblicati e noti, come quelli di Verifiable Credentials e Open Badges.",
      },
      JSONLD_DATA_LOSS: {
        seen: 'Una parte della credenziale non è coperta dalla sua firma.',
        fix: "Chiedete all'emittente di definire in un contesto ogni campo che usa e di rilasciare di nuovo la credenziale.",
      },
      SCHEMA_VIOLATION: {
        seen: 'La credenziale non rispetta la struttura che dichiara.',
        fix: "Chiedete all'emittente di controllare le sue credenziali con un validatore (per esempio quello di 1EdTech) e di rilasciare di nuovo la vostra.",
      },
      KEY_NOT_ISSUERS: {
        seen: "La credenziale è stata firmata con una chiave che non appartiene all'emittente indicato. I selezionatori la vedono come non valida.",
        fix: "Chiedete all'emittente di rilasciarla di nuovo, firmata con una chiave che pubblica lui stesso (nel suo documento DID o nel suo profilo di emittente).",
      },
      KEY_NOT_AUTHORISED: {
        seen: "La chiave dell'emittente non è autorizzata a firmare credenziali.",
        fix: "Chiedete all'emittente di indicare la chiave per le asserzioni (assertionMethod) nel suo documento DID.",
      },
      KEY_NOT_PUBLISHED: {
        seen: "La chiave viene solo dalla credenziale stessa; l'emittente non la pubblica, quindi chiunque potrebbe averla creata.",
        fix: "Chiedete all'emittente di pubblicare la sua chiave (un DID o un insieme di chiavi sul proprio sito).",
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: "Non è stato possibile recuperare la chiave pubblica dell'emittente, quindi la firma non è stata controllata.",
        fix: "Chiedete all'emittente di verificare che il suo documento DID o il suo profilo di emittente siano online.",
      },
      SEAL_UNTRUSTED: {
        seen: "Il sigillo Europass non porta a un certificato presente in un elenco di fiducia dell'UE.",
        fix: "Chiedete all'emittente di sigillare le credenziali con un sigillo elettronico qualificato di un elenco di fiducia dell'UE.",
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: 'Il certificato del sigillo non era valido al momento della sigillatura.',
        fix: "Chiedete all'emittente di sigillare di nuovo la credenziale con un certificato valido.",
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: "Non è stato possibile recuperare la copia del vostro badge ospitata dall'emittente.",
        fix: "Chiedete all'emittente o alla piattaforma dei badge se il badge è ancora ospitato al suo indirizzo.",
      },
      BADGE_UNRESOLVABLE: {
        seen: 'Non è stato possibile recuperare la descrizione del badge o del suo emittente.',
        fix: "Chiedete all'emittente o alla piattaforma dei badge di ripristinare le pagine della classe di badge e dell'emittente.",
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `La credenziale è scaduta il ${validUntil}. I selezionatori la vedono come scaduta.` : 'La credenziale è scaduta. I selezionatori la vedono come scaduta.'),
        fix: "Chiedete all'emittente se potete rinnovarla. Altrimenti presentatela come un risultato passato.",
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `La credenziale diventa valida solo dal ${validFrom}.` : 'La credenziale non è ancora valida.'),
        fix: "Aspettate fino ad allora, oppure chiedete all'emittente se la data è sbagliata.",
      },
      CREDENTIAL_REVOKED: {
        seen: 'Il vostro emittente ha revocato questa credenziale.',
        fix: "Se pensate che sia un errore, contattate l'emittente. Altrimenti togliete la credenziale dal vostro profilo.",
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Il vostro emittente ha sospeso per ora questa credenziale.',
        fix: "Chiedete all'emittente il motivo e quando tornerà valida.",
      },
      STATUS_LIST_UNREACHABLE: {
        seen: "L'elenco di stato del vostro emittente è irraggiungibile, quindi nessuno può confermare che la credenziale non sia stata revocata. I selezionatori vedono «verifica non possibile».",
        fix: "Rivolgetevi all'emittente: il suo elenco di revoca deve essere online all'indirizzo indicato nella credenziale.",
      },
      STATUS_LIST_INVALID: {
        seen: "L'elenco di stato del vostro emittente non supera la verifica, quindi la revoca non si può controllare.",
        fix: "Chiedete all'emittente di pubblicare un elenco di stato firmato correttamente.",
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: "L'elenco di stato non è stato pubblicato dal vostro emittente, quindi non può parlare per la vostra credenziale.",
        fix: "Chiedete all'emittente di firmare lui stesso il suo elenco di stato.",
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: 'La credenziale usa un metodo di revoca che gli strumenti dei selezionatori non sanno controllare.',
        fix: "Chiedete all'emittente di usare la W3C Bitstring Status List.",
      },
      ISSUER_SELF_ASSERTED: {
        seen: 'Il vostro emittente non figura in alcun elenco di fiducia usato dai selezionatori: il suo nome è solo ciò che dice la credenziale.',
        fix: "Chiedete all'emittente se figura in un registro di emittenti (per esempio quello del Digital Credentials Consortium) e se firma con un did:web sul proprio dominio.",
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: "Il vostro emittente non figura nell'elenco di fiducia consultato.",
        fix: "Chiedete all'emittente in quali registri figura e indicatelo accanto alla credenziale.",
      },
      ISSUER_PATH_DID: {
        seen: "L'identificativo dell'emittente è un percorso su un sito web, che potrebbe usare chiunque controlli quel percorso.",
        fix: "Chiedete all'emittente di firmare con un did:web sul proprio dominio.",
      },
      EU_ELEMENT_MISSING: { seen: "Manca un'informazione che l'UE richiede a una microcredenziale.", fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'I crediti sono indicati senza dire che sono crediti ECTS.',
        fix: "Chiedete all'emittente di indicare il sistema di crediti (ECTS).",
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Le ore per credito ECTS sono insolite (fuori dall’intervallo da 20 a 35).',
        fix: "Chiedete all'emittente di ricontrollare crediti e ore.",
      },
      EQF_LEVEL_MALFORMED: {
        seen: "Il livello dell'EQF non si può leggere come un livello da 1 a 8.",
        fix: "Chiedete all'emittente di indicare il livello dell'EQF come numero o come indirizzo EQF dell'UE.",
      },
    },
    missingElement: {
      learner: "Non è indicata l'identificazione dello studente.",
      title: 'Non è indicato il titolo.',
      'issuer-country': "Non è indicato il paese dell'emittente.",
      'awarding-body': "Non è indicato l'ente che la conferisce.",
      'issue-date': 'Non è indicata la data di rilascio.',
      'learning-outcomes': 'Non sono indicati i risultati di apprendimento.',
      workload: 'Non è indicato il carico di lavoro in ECTS.',
      level: "Non è indicato il livello dell'EQF.",
      assessment: 'Non è indicato il tipo di valutazione.',
      participation: 'Non è indicata la forma di partecipazione.',
      'quality-assurance': 'Non è indicato il tipo di garanzia della qualità.',
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: "Chiedete all'emittente di indicare il carico di lavoro in crediti ECTS (e, se vuole, in ore): i selezionatori confrontano le microcredenziali su questo.",
    expiresSoon: {
      seen: ({ validUntil }) => `La credenziale scadrà il ${validUntil ?? '—'}. Dopo, i selezionatori la vedranno come scaduta.`,
      fix: "Chiedete per tempo all'emittente come rinnovarla e tenete coerenti le date della vostra voce su LinkedIn.",
    },
    otherFix: (code) => `Chiedete all'emittente spiegazioni citando il codice ${code}.`,
    severity: { blocker: 'I selezionatori vedono un problema', warning: 'Conviene correggerlo', tip: 'Utile sapere' },
    owner: { you: 'Potete correggerlo voi', issuer: "Chiedete all'emittente", platform: 'Chiedete alla piattaforma' },
  },
};
