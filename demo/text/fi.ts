/** Demon teksti suomeksi (elementin termit: todiste, myöntäjä, peruutuslista, mikrotodiste). */
import type { DemoText } from './text-types.ts';

const ASK_EU = 'Pyydä myöntäjää ilmoittamaan se: EU:n mikrotodisteen määritelmä (neuvoston suositus 16. kesäkuuta 2022, liite I) tekee siitä pakollisen.';
const OPEN_LINK = 'Avaa linkki itse yksityisessä ikkunassa. Jos se ei toimi, pyydä myöntäjää korjaamaan se tai antamaan uusi linkki.';
const WIDER_SIGNATURE = 'Kysy myöntäjältä, voiko se myöntää todisteen myös laajasti tuetulla allekirjoituksella (eddsa-rdfc-2022 tai ecdsa-rdfc-2019).';

export const fi: DemoText = {
  lang: 'fi',
  site: {
    name: 'mc-verify-demo',
    skip: 'Siirry sisältöön',
    navLabel: 'Demon sivut',
    language: 'Kieli',
    footer: 'mc-verify tarkistaa todisteet selaimessasi: mitään, mitä liität tai pudotat tähän, ei lähetetä meidän palvelimellemme.',
    footerOffline: 'Esimerkkitodisteet ja niiden tarvitsemat asiakirjat tulevat tästä demosta, joten se toimii myös ilman internetiä.',
  },
  nav: { check: 'Tarkista todiste', preview: 'Rekrytoijan näkymä', embed: 'Upota', gallery: 'Galleria' },
  check: {
    title: 'Onko tämä todiste aito?',
    lead: 'Liitä todisteen linkki, sen JSON tai JWT, pudota tiedosto (JSON, ”paistettu” PNG- tai SVG-merkki, PDF, jossa on QR-koodi) tai skannaa QR-koodi kameralla. mc-verify tarkistaa allekirjoituksen, myöntäjän avaimen, päivämäärät ja peruutuksen sekä näyttää, mitä todisteessa sanotaan.',
    tryHeading: 'Eikö ole mitään käsillä? Kokeile esimerkkiä',
    tryLinks: 'Tarkista esimerkkilinkki:',
    tryFiles: 'Tai lataa esimerkkitiedosto ja pudota se yllä olevaan kenttään:',
    fileJson: 'Todiste (JSON)',
    filePng: 'Paistettu merkki (PNG)',
    fileSvg: 'Paistettu merkki (SVG)',
    filePdf: 'Todistus, jossa on QR-koodi (PDF)',
    privacy: 'Kaikki tapahtuu tässä selainvälilehdessä. Selaimesi hakee linkit suoraan sieltä, missä todiste on, eikä meidän palvelimemme kautta.',
  },
  preview: {
    title: 'Todisteesi rekrytoijan silmin',
    lead: 'Liitä linkki, jonka lisäsit LinkedIniin, tai pudota todistetiedosto. Demo tekee samat tarkistukset kuin mc-verify-selainlaajennus rekrytoijalle, näyttää merkinnän, jonka rekrytoija näkisi tietojesi vieressä, ja kertoo, mitä korjata.',
    conditions: 'Tarkistettu kuten laajennus tarkistaa: tällä hetkellä, verkossa ja ilman luotettujen myöntäjien listaa. Demon omiin esimerkkilinkkeihin vastaa demo itse.',
    samplesHeading: 'Kokeile todistetta, jossa on ongelma',
    samplesIntro: 'Jokaisen on myöntänyt tämän demon kuvitteellinen korkeakoulu, ja jokaisessa on ongelma, johon oppijat törmäävät.',
    goodSample: 'Mikrotodiste, jossa ei ole korjattavaa',
    resultHeading: 'Mitä rekrytoija näkee',
    waiting: 'Liitä linkki tai pudota tiedosto, niin tulos näkyy tässä.',
    checking: 'Tarkistetaan…',
    couldNotRun: 'Tarkistusta ei voitu tehdä. Yritä uudelleen tai liitä linkin sijaan todisteen teksti.',
    linkedinHeading: 'LinkedIn-tietojesi vieressä',
    linkedinSection: 'Lisenssit ja sertifikaatit',
    issued: (date) => `Myönnetty ${date}`,
    showCredential: 'Näytä todiste',
    chipNote: 'Tämän merkinnän mc-verify-laajennus näyttää tietojen vieressä. Kun osoitat sitä tai siirrät kohdistuksen siihen, se kertoo syyn.',
    adviceHeading: 'Mitä korjata',
    adviceNone: 'Ei korjattavaa: rekrytoija näkee tämän todisteen varmennettuna.',
    adviceSummary: (count) => (count === 1 ? 'Yksi asia katsottavana.' : `${count} asiaa katsottavana, tärkein ensin.`),
    technical: 'Tekninen tieto',
    reportHeading: 'Koko raportti, kuten laajennuksen sivupaneelissa',
    announce: (verdict, count) => `Tulos: ${verdict}. ${count === 0 ? 'Ei korjattavaa.' : count === 1 ? 'Yksi neuvo.' : `${count} neuvoa.`}`,
    unknownTitle: 'Todisteesi',
    unknownIssuer: 'Myöntäjää ei ole vahvistettu',
  },
  embed: {
    title: 'Lisää tarkistus omalle sivustollesi',
    lead: 'Yksi skripti ja yksi tagi: <mc-verify> tarkistaa todisteen kävijän selaimessa ja näyttää tuloksen. Valitse asetukset, kopioi koodi ja katso se toiminnassa.',
    installHeading: '1. Sijoita skripti sivustollesi',
    install: 'Kopioi hakemiston dist/mc-verify/ tiedostot (mc-verify.js ja sen kansio chunks/) sivustollesi. Ei käännösvaihetta, ei palvelinkoodia eikä pyyntöjä muille kuin todisteen myöntäjälle.',
    optionsHeading: '2. Valitse asetukset',
    src: 'Todisteen linkki',
    srcHelp: 'Todisteen osoite tai todistealustan sivu. Jätä tyhjäksi, jos annat todisteen skriptillä.',
    theme: 'Teema',
    themeAuto: 'Noudata kävijän asetusta',
    themeLight: 'Vaalea',
    themeDark: 'Tumma',
    language: 'Kieli',
    languagePage: 'Sivun kieli',
    compact: 'Tiivis näkymä',
    compactHelp: 'Tulos, nimi ja myöntäjä; yksityiskohdat painikkeen takana.',
    headingLevel: 'Tuloksen otsikkotaso',
    recipient: 'Vastaanottajan sähköposti (valinnainen)',
    recipientHelp: 'Verrataan selaimessa todisteen tiivistettyyn vastaanottajaan.',
    trust: 'Luotettujen myöntäjien listan osoite (valinnainen)',
    trustHelp: 'Lista myöntäjistä, joiden puolesta mennään takuuseen, mc-verifyn tai DCC:n myöntäjärekisterin muodossa.',
    snippetHeading: '3. Kopioi koodi',
    copy: 'Kopioi koodi',
    copied: 'Kopioitu leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse koodi ja kopioi se itse.',
    previewHeading: 'Esikatselu',
    previewNote: 'Esikatselu käyttää demon esimerkkiasiakirjoja, joten esimerkkilinkit toimivat myös ilman verkkoyhteyttä.',
    apiHeading: 'Viiteopas',
    apiLead: 'Luotu tiedostosta custom-elements.json, kun tämä demo koottiin. Viiteopas on englanniksi.',
  },
  gallery: {
    title: 'Esimerkkitodisteet',
    lead: 'Aitoja todisteita julkisista testikokoelmista ja Euroopan komissiolta sekä todisteita, jotka tämä demo on myöntänyt itse. Jokainen tarkistetaan selaimessasi; demo tarjoaa tarvittavat asiakirjat.',
    judgedAt: (date) => `Arvioitu ajankohdan ${date} mukaan, jotta esimerkki säilyttää merkityksensä.`,
    source: 'Lähde',
    licence: 'Lisenssi',
    ownSample: 'Tämän demon myöntämä, joka koontikerralla uusilla avaimilla.',
    download: 'Lataa',
    formats: { json: 'JSON', jwt: 'JWT', png: 'paistettu PNG', svg: 'paistettu SVG', pdf: 'PDF ja QR-koodi' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'EU:n mikrotodiste (Open Badges 3.0)',
      about: 'Tämän demon kuvitteellisen korkeakoulun myöntämä, hollantilaisin mikrotodistekentin: 5 opintopistettä (ECTS), EQF-taso 6, ESCO-taidot, monimuoto-osallistuminen, portfolioarviointi ja tarkistettu henkilöllisyys. Se on varmennettu, joten sen EU:n liitteen I mukainen paneeli näytetään.',
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 ja tilalista',
      about: 'Digital Credentials Consortiumin testitodiste, allekirjoitettu Ed25519:llä ja tarkistettu myöntäjän peruutuslistaa vasten.',
    },
    'ob2-hosted': {
      title: 'Isännöity Open Badges 2.0 -merkki',
      about: 'Tarkistettu 2.0-tavalla: väite, sen merkkiluokka ja myöntäjä haetaan myöntäjän osoitteista (tässä 1EdTech-validaattorin testitiedostoista).',
    },
    'vc-jose': {
      title: 'Todiste JSON Web Token -muodossa',
      about: 'Verifiable Credential 2.0, jonka did:jwk-myöntäjä on suojannut VC-JOSE:lla (ES256), Credon testikokoelmasta.',
    },
    expired: { title: 'Vanhentunut', about: 'Aito ja muuttamaton, mutta sen voimassaoloaika on päättynyt.' },
    revoked: { title: 'Peruttu', about: 'Myöntäjän allekirjoitettu tilalista kertoo, että todiste on peruttu.' },
    tampered: { title: 'Peukaloitu', about: 'Todisteen nimeä on muutettu allekirjoittamisen jälkeen, joten allekirjoitus ei enää täsmää.' },
    'status-list-unreachable': {
      title: 'Tilalistaa ei tavoiteta',
      about: 'Allekirjoitus on kunnossa, mutta todisteen nimeämää peruutuslistaa ei voi hakea, joten kukaan ei tiedä, onko todiste peruttu. Sitä ei koskaan näytetä voimassa olevana.',
    },
    'europass-test-seal': {
      title: 'Euroopan komission Europass-mikrotodiste',
      about: 'Komission oma liitteen I esimerkki. Sen sinetti on kryptografisesti kunnossa, mutta tehty testivarmenteella, joka ei ole millään EU:n luotettujen palveluntarjoajien listalla. Rehellinen vastaus on siksi ”ei voitu varmentaa”. Ilman varmennettuja tietoja liitteen I paneelia ei näytetä.',
    },
    'expiring-soon': { title: 'Vanhenee 30 päivän kuluttua', about: 'Voimassa tänään, mutta päättymispäivä on lähellä.' },
    'status-list-missing': { title: 'Tilalista puuttuu', about: 'Myöntäjä nimeää peruutuslistan, jota se ei ole koskaan julkaissut.' },
    'no-workload': { title: 'Mikrotodiste ilman työmäärää', about: 'Kutsuu itseään mikrotodisteeksi, mutta ei kerro opintopisteitä eikä tunteja.' },
    'foreign-key': { title: 'Allekirjoitettu toisen avaimella', about: 'Nimeää korkeakoulun myöntäjäksi, mutta on allekirjoitettu avaimella, jota korkeakoulu ei hallitse.' },
    'wallet-link': { title: 'Profiilisivu todisteen sijaan', about: 'LinkedIn-merkintä linkittää oppijan Credly-profiiliin, jossa on lista merkeistä mutta joka ei itse ole merkki.' },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: 'Tämä linkki vie sivulle eikä todisteeseen, joten rekrytoijalla ei ole mitään tarkistettavaa.',
        fix: 'Jaa sen sijaan todisteen osoite: linkki itse merkkiin tai todistukseen (usein ”Jaa”- tai ”Varmenna”-painikkeen takana), ei profiiliisi tai lompakkoosi.',
      },
      NOT_A_CREDENTIAL: {
        seen: 'Linkin takana ei ole todistetta.',
        fix: 'Jaa todisteen osoite tai tiedosto, jonka myöntäjä antoi sinulle.',
      },
      INPUT_UNRECOGNISED: {
        seen: 'Jakamasi asia ei ole todiste muodossa, jota tarkistusohjelmat osaavat lukea (ehkä se on verkkosivu).',
        fix: 'Jaa todisteen osoite, sen JSON-tiedosto tai myöntäjän antama paistettu merkkikuva.',
      },
      IMAGE_NOT_BAKED: {
        seen: 'Tässä kuvassa ei ole todistetta; se on vain kuva siitä.',
        fix: 'Lataa myöntäjältä ”paistettu” merkkikuva (tai todistetiedosto) ja jaa se.',
      },
      LINK_API_UNKNOWN: {
        seen: 'Linkin takana oleva alusta ei anna kenenkään lukea todistetta.',
        fix: 'Pyydä alustalta tai myöntäjältä linkki itse todisteeseen (Open Badges tai Verifiable Credential) tai lataa todistetiedosto.',
      },
      EDCI_XML_UNSUPPORTED: {
        seen: 'Tämä on vanha XML-muotoinen Europass-todiste, jota ei voi tarkistaa täällä.',
        fix: 'Lataa todisteen JSON-LD-versio Europass-lompakostasi ja jaa se.',
      },
      FETCH_FAILED: { seen: 'Linkkiä ei voitu avata.', fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'Linkin takana oleva palvelin vastasi virheellä.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'Linkin takana olevalta palvelimelta kesti liian kauan vastata.',
        fix: 'Yritä myöhemmin uudelleen. Jos sama toistuu, kerro myöntäjälle, että sen todistepalvelin on hidas.',
      },
      PROOF_MISSING: {
        seen: 'Todistetta ei ole allekirjoitettu, joten kukaan ei voi tietää, onko se aito.',
        fix: 'Pyydä myöntäjältä allekirjoitettu versio (todiste, jossa on allekirjoitus tai sinetti).',
      },
      SIGNATURE_INVALID: {
        seen: 'Todistetta on muutettu myöntäjän allekirjoituksen jälkeen, tai allekirjoitus on vioittunut. Rekrytoijat näkevät sen virheellisenä.',
        fix: 'Lataa myöntäjältä uusi kopio ja jaa se muuttamattomana. Jos uusikin kopio epäonnistuu, kerro siitä myöntäjälle.',
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'Todiste on allekirjoitettu menetelmällä, jota rekrytoijien työkalut eivät vielä osaa tarkistaa.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'Todiste on allekirjoitettu menetelmällä, jota rekrytoijien työkalut eivät vielä osaa tarkistaa.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: 'Todiste käyttää sanastoa (JSON-LD-kontekstia), jota tarkistusohjelmat eivät tunne, joten sen allekirjoitusta ei voi tarkistaa turvallisesti.',
        fix: 'Pyydä myöntäjää käyttämään vain julkaistuja, tunnettuja konteksteja, kuten Verifiable Credentialsin ja Open Badgesin konteksteja.',
      },
      JSONLD_DATA_LOSS: {
        seen: 'Osa todisteesta ei ole allekirjoituksen piirissä.',
        fix: 'Pyydä myöntäjää määrittelemään jokainen käyttämänsä kenttä kontekstissa ja myöntämään todiste uudelleen.',
      },
      SCHEMA_VIOLATION: {
        seen: 'Todiste ei noudata rakennetta, jota se väittää noudattavansa.',
        fix: 'Pyydä myöntäjää tarkistamaan todisteensa validaattorilla (esimerkiksi 1EdTechin) ja myöntämään sinun todisteesi uudelleen.',
      },
      KEY_NOT_ISSUERS: {
        seen: 'Todiste on allekirjoitettu avaimella, joka ei kuulu sen nimeämälle myöntäjälle. Rekrytoijat näkevät sen virheellisenä.',
        fix: 'Pyydä myöntäjää myöntämään se uudelleen omalla julkaisemallaan avaimella (DID-asiakirjassa tai myöntäjäprofiilissa).',
      },
      KEY_NOT_AUTHORISED: {
        seen: 'Myöntäjän avaimella ei ole oikeutta allekirjoittaa todisteita.',
        fix: 'Pyydä myöntäjää lisäämään avain väitteitä varten (assertionMethod) DID-asiakirjaansa.',
      },
      KEY_NOT_PUBLISHED: {
        seen: 'Avain on peräisin vain todisteesta itsestään; myöntäjä ei julkaise sitä, joten kuka tahansa olisi voinut luoda sen.',
        fix: 'Pyydä myöntäjää julkaisemaan avaimensa (DID tai avainjoukko omalla sivustollaan).',
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: 'Myöntäjän julkista avainta ei voitu hakea, joten allekirjoitusta ei voitu tarkistaa.',
        fix: 'Pyydä myöntäjää varmistamaan, että sen DID-asiakirja tai myöntäjäprofiili on verkossa.',
      },
      SEAL_UNTRUSTED: {
        seen: 'Europass-sinetti ei johda varmenteeseen, joka olisi EU:n luotettujen palveluntarjoajien listalla.',
        fix: 'Pyydä myöntäjää sinetöimään todisteet hyväksytyllä sähköisellä leimalla, joka on EU:n luotettujen palveluntarjoajien listalla.',
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: 'Sinetin varmenne ei ollut voimassa, kun todiste sinetöitiin.',
        fix: 'Pyydä myöntäjää sinetöimään todiste uudelleen voimassa olevalla varmenteella.',
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: 'Myöntäjän isännöimää kopiota merkistäsi ei voitu hakea.',
        fix: 'Kysy myöntäjältä tai merkkialustalta, onko merkki yhä osoitteessaan.',
      },
      BADGE_UNRESOLVABLE: {
        seen: 'Merkin tai sen myöntäjän kuvausta ei voitu hakea.',
        fix: 'Pyydä myöntäjää tai merkkialustaa palauttamaan merkkiluokan ja myöntäjän sivut.',
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `Todiste vanheni ${validUntil}. Rekrytoijat näkevät sen vanhentuneena.` : 'Todiste on vanhentunut. Rekrytoijat näkevät sen vanhentuneena.'),
        fix: 'Kysy myöntäjältä, voitko uusia sen. Jos et, merkitse se aiemmaksi saavutukseksi.',
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `Todiste tulee voimaan vasta ${validFrom}.` : 'Todiste ei ole vielä voimassa.'),
        fix: 'Odota siihen asti tai kysy myöntäjältä, onko päivämäärä väärä.',
      },
      CREDENTIAL_REVOKED: {
        seen: 'Myöntäjä on perunut tämän todisteen.',
        fix: 'Jos uskot kyseessä olevan virhe, ota yhteyttä myöntäjään. Muuten poista todiste profiilistasi.',
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Myöntäjä on keskeyttänyt tämän todisteen toistaiseksi.',
        fix: 'Kysy myöntäjältä syytä ja milloin todiste on taas voimassa.',
      },
      STATUS_LIST_UNREACHABLE: {
        seen: 'Myöntäjäsi tilalistaa ei tavoiteta, joten kukaan ei voi vahvistaa, ettei todistetta ole peruttu. Rekrytoijat näkevät ”ei voitu varmentaa”.',
        fix: 'Ota yhteyttä myöntäjään: sen peruutuslistan on oltava verkossa osoitteessa, jonka todiste nimeää.',
      },
      STATUS_LIST_INVALID: {
        seen: 'Myöntäjäsi tilalista ei läpäise tarkistusta, joten peruutusta ei voi tarkistaa.',
        fix: 'Pyydä myöntäjää julkaisemaan oikein allekirjoitettu tilalista.',
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: 'Tilalista ei ole myöntäjäsi julkaisema, joten se ei voi puhua todisteesi puolesta.',
        fix: 'Pyydä myöntäjää allekirjoittamaan tilalistansa itse.',
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: 'Todiste käyttää peruutusmenetelmää, jota rekrytoijien työkalut eivät osaa tarkistaa.',
        fix: 'Pyydä myöntäjää käyttämään W3C Bitstring Status List -menetelmää.',
      },
      ISSUER_SELF_ASSERTED: {
        seen: 'Myöntäjäsi ei ole millään rekrytoijien käyttämällä luotettujen myöntäjien listalla: sen nimi on vain se, mitä todisteessa lukee.',
        fix: 'Kysy myöntäjältä, onko se jossain myöntäjärekisterissä (esimerkiksi Digital Credentials Consortiumin) ja allekirjoittaako se did:web-tunnisteella omassa verkkotunnuksessaan.',
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: 'Myöntäjäsi ei ole tarkistetulla luotettujen myöntäjien listalla.',
        fix: 'Kysy myöntäjältä, missä rekistereissä se on, ja mainitse se todisteen yhteydessä.',
      },
      ISSUER_PATH_DID: {
        seen: 'Myöntäjän tunniste on polku verkkosivustolla, ja sitä voisi käyttää kuka tahansa, joka hallitsee kyseistä polkua.',
        fix: 'Pyydä myöntäjää allekirjoittamaan did:web-tunnisteella omassa verkkotunnuksessaan.',
      },
      EU_ELEMENT_MISSING: { seen: 'Tieto, jota EU edellyttää mikrotodisteelta, puuttuu.', fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'Opintopisteitä on ilmoitettu kertomatta, että ne ovat ECTS-opintopisteitä.',
        fix: 'Pyydä myöntäjää ilmoittamaan opintopistejärjestelmä (ECTS).',
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Tuntimäärä opintopistettä kohden on epätavallinen (ei välillä 20–35).',
        fix: 'Pyydä myöntäjää tarkistamaan opintopisteet ja tunnit.',
      },
      EQF_LEVEL_MALFORMED: {
        seen: 'EQF-tasoa ei voi lukea tasoksi 1–8.',
        fix: 'Pyydä myöntäjää ilmoittamaan EQF-taso numerona tai EU:n EQF-osoitteena.',
      },
    },
    missingElement: {
      learner: 'Oppijan tunnistetietoja ei ole ilmoitettu.',
      title: 'Nimikettä ei ole ilmoitettu.',
      'issuer-country': 'Myöntäjän maata ei ole ilmoitettu.',
      'awarding-body': 'Myöntävää tahoa ei ole ilmoitettu.',
      'issue-date': 'Myöntämispäivää ei ole ilmoitettu.',
      'learning-outcomes': 'Oppimistuloksia ei ole ilmoitettu.',
      workload: 'Työmäärää ECTS-opintopisteinä ei ole ilmoitettu.',
      level: 'EQF-tasoa ei ole ilmoitettu.',
      assessment: 'Arvioinnin tyyppiä ei ole ilmoitettu.',
      participation: 'Osallistumisen muotoa ei ole ilmoitettu.',
      'quality-assurance': 'Laadunvarmistuksen tyyppiä ei ole ilmoitettu.',
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: 'Pyydä myöntäjää ilmoittamaan työmäärä ECTS-opintopisteinä (ja halutessaan myös tunteina): rekrytoijat vertaavat mikrotodisteita sen perusteella.',
    expiresSoon: {
      seen: ({ validUntil }) => `Todiste vanhenee ${validUntil ?? '—'}. Sen jälkeen rekrytoijat näkevät sen vanhentuneena.`,
      fix: 'Kysy myöntäjältä ajoissa todisteen uusimisesta ja pidä LinkedIn-merkintäsi päivämäärät ajan tasalla.',
    },
    otherFix: (code) => `Kysy myöntäjältä asiasta ja mainitse koodi ${code}.`,
    severity: { blocker: 'Rekrytoijat näkevät ongelman', warning: 'Kannattaa korjata', tip: 'Hyvä tietää' },
    owner: { you: 'Voit korjata itse', issuer: 'Kysy myöntäjältä', platform: 'Kysy alustalta' },
  },
};
