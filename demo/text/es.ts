/** El texto de la demo en español (términos del elemento: credencial, emisor, lista de revocación). */
import type { DemoText } from './text-types.ts';

const ASK_EU = 'Pida al emisor que lo indique: la definición europea de microcredencial (Recomendación del Consejo de 16 de junio de 2022, anexo I) lo exige.';
const OPEN_LINK = 'Abra el enlace usted mismo en una ventana privada. Si no funciona, pida al emisor que lo restablezca o le dé uno nuevo.';
const WIDER_SIGNATURE = 'Pregunte al emisor si también puede emitirla con una firma de amplio uso (eddsa-rdfc-2022 o ecdsa-rdfc-2019).';

export const es: DemoText = {
  lang: 'es',
  site: {
    name: 'Demo de mc-verify',
    skip: 'Saltar al contenido',
    navLabel: 'Páginas de la demo',
    language: 'Idioma',
    footer: 'mc-verify comprueba las credenciales en su navegador: nada de lo que pegue o suelte aquí se envía a un servidor nuestro.',
    footerOffline: 'Las credenciales de ejemplo y los documentos que necesitan los sirve esta demo, así que también funciona sin internet.',
  },
  nav: { check: 'Comprobar una credencial', preview: 'Vista de reclutador', embed: 'Insertar', gallery: 'Galería' },
  check: {
    title: '¿Es auténtica esta credencial?',
    lead: 'Pegue el enlace de una credencial, su JSON o un JWT, suelte un archivo (JSON, una insignia PNG o SVG «horneada», un PDF con código QR) o escanee un código QR con la cámara. mc-verify comprueba la firma, la clave del emisor, las fechas y la revocación, y muestra lo que dice la credencial.',
    tryHeading: '¿No tiene nada a mano? Pruebe un ejemplo',
    tryLinks: 'Comprobar un enlace de ejemplo:',
    tryFiles: 'O descargue un archivo de ejemplo y suéltelo arriba:',
    fileJson: 'Credencial (JSON)',
    filePng: 'Insignia horneada (PNG)',
    fileSvg: 'Insignia horneada (SVG)',
    filePdf: 'Certificado con código QR (PDF)',
    privacy: 'Todo ocurre en esta pestaña. Su navegador obtiene los enlaces directamente de donde está la credencial, no a través de un servidor nuestro.',
  },
  preview: {
    title: 'Su credencial tal como la ve un reclutador',
    lead: 'Pegue el enlace que puso en LinkedIn o suelte el archivo de la credencial. La demo ejecuta las comprobaciones que hace la extensión de navegador mc-verify para un reclutador, muestra la etiqueta que vería junto a su entrada y le dice qué corregir.',
    conditions: 'Comprobada como lo hace la extensión: en el momento actual, en línea y sin lista de confianza. Los enlaces de ejemplo de la demo los responde la propia demo.',
    samplesHeading: 'Pruebe una credencial con un problema',
    samplesIntro: 'Todas las emitió la universidad ficticia de esta demo y tienen un problema con el que se encuentran los estudiantes.',
    goodSample: 'Una microcredencial sin nada que corregir',
    resultHeading: 'Lo que ve un reclutador',
    waiting: 'Pegue un enlace o suelte un archivo para ver aquí el resultado.',
    checking: 'Comprobando…',
    couldNotRun: 'No se pudo hacer la comprobación. Inténtelo de nuevo o pegue el texto de la credencial en lugar del enlace.',
    linkedinHeading: 'Junto a su entrada de LinkedIn',
    linkedinSection: 'Licencias y certificaciones',
    issued: (date) => `Expedida el ${date}`,
    showCredential: 'Mostrar credencial',
    chipNote: 'Esta etiqueta es lo que la extensión mc-verify muestra junto a la entrada. Al pasar el cursor o enfocarla, indica el motivo.',
    adviceHeading: 'Qué corregir',
    adviceNone: 'Nada que corregir: un reclutador ve esta credencial como verificada.',
    adviceSummary: (count) => (count === 1 ? 'Un punto que revisar.' : `${count} puntos que revisar, el más importante primero.`),
    technical: 'Detalle técnico',
    reportHeading: 'El informe completo, como en el panel lateral de la extensión',
    announce: (verdict, count) => `Resultado: ${verdict}. ${count === 0 ? 'Nada que corregir.' : count === 1 ? 'Un consejo.' : `${count} consejos.`}`,
    unknownTitle: 'Su credencial',
    unknownIssuer: 'Emisor no confirmado',
  },
  embed: {
    title: 'Ponga el verificador en su sitio web',
    lead: 'Un script y una etiqueta: <mc-verify> comprueba una credencial en el navegador del visitante y muestra el resultado. Elija las opciones, copie el fragmento y véalo en directo.',
    installHeading: '1. Aloje el script',
    install: 'Copie los archivos de dist/mc-verify/ (mc-verify.js y su carpeta chunks/) en su sitio. Sin compilación, sin código de servidor y sin peticiones a nadie salvo al emisor de la credencial.',
    optionsHeading: '2. Elija las opciones',
    src: 'Enlace de la credencial',
    srcHelp: 'La dirección de una credencial o una página de una plataforma de credenciales. Déjelo vacío para indicar la credencial desde un script.',
    theme: 'Tema',
    themeAuto: 'Seguir el ajuste del visitante',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    language: 'Idioma',
    languagePage: 'El idioma de la página',
    compact: 'Vista compacta',
    compactHelp: 'Veredicto, nombre y emisor; los detalles tras un botón.',
    headingLevel: 'Nivel de encabezado del veredicto',
    recipient: 'Correo del titular (opcional)',
    recipientHelp: 'Se compara en el navegador con el titular cifrado (hash) de la credencial.',
    trust: 'Dirección de una lista de confianza (opcional)',
    trustHelp: 'Una lista de emisores que usted avala, en el formato de mc-verify o del registro de emisores del DCC.',
    snippetHeading: '3. Copie el fragmento',
    copy: 'Copiar fragmento',
    copied: 'Copiado al portapapeles.',
    copyFailed: 'No se pudo copiar. Seleccione el fragmento y cópielo usted.',
    previewHeading: 'Vista previa en directo',
    previewNote: 'La vista previa usa los documentos de ejemplo de la demo, así que los enlaces de ejemplo funcionan sin conexión.',
    apiHeading: 'Referencia',
    apiLead: 'Generada a partir de custom-elements.json al construir esta demo. La referencia está en inglés.',
  },
  gallery: {
    title: 'Credenciales de ejemplo',
    lead: 'Credenciales reales de conjuntos de pruebas públicos y de la Comisión Europea, y credenciales emitidas por esta demo. Cada una se comprueba en directo en su navegador; la demo sirve los documentos que necesita.',
    judgedAt: (date) => `Evaluada a fecha de ${date}, para que el ejemplo conserve su sentido.`,
    source: 'Origen',
    licence: 'Licencia',
    ownSample: 'Emitida por esta demo, con claves nuevas en cada construcción.',
    download: 'Descargar',
    formats: { json: 'JSON', jwt: 'JWT', png: 'PNG horneado', svg: 'SVG horneado', pdf: 'PDF con código QR' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'Microcredencial europea (Open Badges 3.0)',
      about: 'Emitida por la universidad ficticia de esta demo con los campos neerlandeses de microcredenciales: 5 ECTS, nivel 6 del MEC, competencias ESCO, participación mixta, evaluación por portafolio e identidad comprobada. Está verificada, así que se muestra su panel del anexo I de la UE.',
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 con lista de estado',
      about: 'Una credencial de prueba del Digital Credentials Consortium, firmada con Ed25519 y comprobada con la lista de revocación de su emisor.',
    },
    'ob2-hosted': {
      title: 'Insignia Open Badges 2.0 alojada',
      about: 'Comprobada al modo 2.0: la aserción, su clase de insignia y su emisor se obtienen de las direcciones del emisor (aquí, de los archivos de prueba del validador de 1EdTech).',
    },
    'vc-jose': {
      title: 'Credencial como JSON Web Token',
      about: 'Una Verifiable Credential 2.0 protegida con VC-JOSE (ES256) por un emisor did:jwk, del conjunto de pruebas de Credo.',
    },
    expired: { title: 'Caducada', about: 'Auténtica y sin cambios, pero su periodo de validez ha terminado.' },
    revoked: { title: 'Revocada', about: 'La lista de estado firmada del emisor dice que esta credencial se ha retirado.' },
    tampered: { title: 'Manipulada', about: 'El nombre de la credencial se cambió después de firmarla, así que la firma ya no coincide.' },
    'status-list-unreachable': {
      title: 'Lista de estado inaccesible',
      about: 'La firma es correcta, pero la lista de revocación que indica no se puede obtener, así que nadie puede saber si se revocó. Nunca se muestra como válida.',
    },
    'europass-test-seal': {
      title: 'Microcredencial Europass de la Comisión Europea',
      about: 'El ejemplo del anexo I de la propia Comisión. Su sello es criptográficamente correcto, pero se hizo con un certificado de prueba que no figura en ninguna lista de confianza de la UE, así que la respuesta honesta es «no se pudo verificar». Sin datos verificados no hay panel del anexo I.',
    },
    'expiring-soon': { title: 'Caduca en 30 días', about: 'Válida hoy, pero su fecha de fin está cerca.' },
    'status-list-missing': { title: 'Falta la lista de estado', about: 'El emisor indica una lista de revocación que nunca publicó.' },
    'no-workload': { title: 'Microcredencial sin carga de trabajo', about: 'Dice ser una microcredencial pero no indica créditos ECTS ni horas.' },
    'foreign-key': { title: 'Firmada con la clave de otro', about: 'Indica la universidad como emisora, pero se firmó con una clave que la universidad no controla.' },
    'wallet-link': { title: 'Una página de perfil en lugar de la credencial', about: 'La entrada de LinkedIn enlaza al perfil de Credly del estudiante, que enumera insignias pero no es una.' },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: 'Este enlace lleva a una página, no a una credencial, así que un reclutador no tiene nada que comprobar.',
        fix: 'Comparta en su lugar la dirección de la credencial: el enlace a la insignia o al certificado en sí (a menudo tras «Compartir» o «Verificar»), no a su perfil o su cartera.',
      },
      NOT_A_CREDENTIAL: {
        seen: 'Lo que hay tras el enlace no es una credencial.',
        fix: 'Comparta la dirección o el archivo de la credencial que le dio el emisor.',
      },
      INPUT_UNRECOGNISED: {
        seen: 'Lo que ha compartido no es una credencial en un formato que los verificadores puedan leer (quizá es una página web).',
        fix: 'Comparta la dirección de la credencial, su archivo JSON o la imagen de insignia horneada que le da el emisor.',
      },
      IMAGE_NOT_BAKED: {
        seen: 'Esta imagen no contiene ninguna credencial; es solo una imagen de ella.',
        fix: 'Descargue del emisor la imagen de insignia «horneada» (o el archivo de la credencial) y compártala.',
      },
      LINK_API_UNKNOWN: {
        seen: 'La plataforma tras este enlace no deja que nadie lea la credencial.',
        fix: 'Pida a la plataforma o al emisor un enlace a la credencial en sí (Open Badges o Verifiable Credential), o descargue el archivo de la credencial.',
      },
      EDCI_XML_UNSUPPORTED: {
        seen: 'Es una credencial Europass antigua en XML, que no se puede comprobar aquí.',
        fix: 'Descargue la versión JSON-LD de la credencial desde su cartera Europass y compártala.',
      },
      FETCH_FAILED: { seen: 'No se pudo abrir el enlace.', fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'El servidor tras el enlace respondió con un error.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'El servidor tras el enlace tardó demasiado en responder.',
        fix: 'Inténtelo más tarde. Si sigue ocurriendo, avise al emisor de que su servidor de credenciales es lento.',
      },
      PROOF_MISSING: {
        seen: 'La credencial no está firmada, así que nadie puede saber si es auténtica.',
        fix: 'Pida al emisor la versión firmada (una credencial con prueba o sello).',
      },
      SIGNATURE_INVALID: {
        seen: 'La credencial se modificó después de que el emisor la firmara, o su firma está dañada. Los reclutadores la ven como no válida.',
        fix: 'Descargue una copia nueva del emisor y compártala sin cambios. Si la copia nueva también falla, avise al emisor.',
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'La credencial está firmada con un método que las herramientas de los reclutadores aún no saben comprobar.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'La credencial está firmada con un método que las herramientas de los reclutadores aún no saben comprobar.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: 'La credencial usa un vocabulario (un contexto JSON-LD) que los verificadores no conocen, así que su firma no se puede comprobar con seguridad.',
        fix: 'Pida al emisor que use solo contextos publicados y conocidos, como los de Verifiable Credentials y Open Badges.',
      },
      JSONLD_DATA_LOSS: {
        seen: 'Una parte de la credencial no está cubierta por su firma.',
        fix: 'Pida al emisor que defina en un contexto cada campo que usa y que vuelva a emitir la credencial.',
      },
      SCHEMA_VIOLATION: {
        seen: 'La credencial no sigue la estructura que declara.',
        fix: 'Pida al emisor que revise sus credenciales con un validador (por ejemplo el de 1EdTech) y vuelva a emitir la suya.',
      },
      KEY_NOT_ISSUERS: {
        seen: 'La credencial se firmó con una clave que no pertenece al emisor que nombra. Los reclutadores la ven como no válida.',
        fix: 'Pida al emisor que la vuelva a emitir, firmada con una clave que él mismo publique (en su documento DID o su perfil de emisor).',
      },
      KEY_NOT_AUTHORISED: {
        seen: 'La clave del emisor no está autorizada para firmar credenciales.',
        fix: 'Pida al emisor que incluya la clave para aserciones (assertionMethod) en su documento DID.',
      },
      KEY_NOT_PUBLISHED: {
        seen: 'La clave viene solo de la propia credencial; el emisor no la publica, así que cualquiera podría haberla creado.',
        fix: 'Pida al emisor que publique su clave (un DID o un conjunto de claves en su propio sitio web).',
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: 'No se pudo obtener la clave pública del emisor, así que no se pudo comprobar la firma.',
        fix: 'Pida al emisor que compruebe que su documento DID o su perfil de emisor están en línea.',
      },
      SEAL_UNTRUSTED: {
        seen: 'El sello Europass no lleva a un certificado de ninguna lista de confianza de la UE.',
        fix: 'Pida al emisor que selle las credenciales con un sello electrónico cualificado de una lista de confianza de la UE.',
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: 'El certificado del sello no era válido cuando se selló la credencial.',
        fix: 'Pida al emisor que vuelva a sellar la credencial con un certificado válido.',
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: 'No se pudo obtener la copia de su insignia alojada por el emisor.',
        fix: 'Pregunte al emisor o a la plataforma de insignias si la insignia sigue alojada en su dirección.',
      },
      BADGE_UNRESOLVABLE: {
        seen: 'No se pudo obtener la descripción de la insignia o de su emisor.',
        fix: 'Pida al emisor o a la plataforma de insignias que restablezcan las páginas de la clase de insignia y del emisor.',
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `La credencial caducó el ${validUntil}. Los reclutadores la ven como caducada.` : 'La credencial ha caducado. Los reclutadores la ven como caducada.'),
        fix: 'Pregunte al emisor si puede renovarla. Si no, preséntela como un logro pasado.',
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `La credencial solo será válida a partir del ${validFrom}.` : 'La credencial aún no es válida.'),
        fix: 'Espere hasta entonces, o pregunte al emisor si la fecha es errónea.',
      },
      CREDENTIAL_REVOKED: {
        seen: 'Su emisor ha revocado esta credencial.',
        fix: 'Si cree que es un error, contacte con el emisor. Si no, quite la credencial de su perfil.',
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Su emisor ha suspendido esta credencial por ahora.',
        fix: 'Pregunte al emisor el motivo y cuándo volverá a ser válida.',
      },
      STATUS_LIST_UNREACHABLE: {
        seen: 'La lista de estado de su emisor no está accesible, así que nadie puede confirmar que la credencial no se haya revocado. Los reclutadores ven «no se pudo verificar».',
        fix: 'Consulte al emisor: su lista de revocación debe estar en línea en la dirección que indica la credencial.',
      },
      STATUS_LIST_INVALID: {
        seen: 'La lista de estado de su emisor no supera la comprobación, así que no se puede comprobar la revocación.',
        fix: 'Pida al emisor que publique una lista de estado correctamente firmada.',
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: 'La lista de estado no la publicó su emisor, así que no puede hablar por su credencial.',
        fix: 'Pida al emisor que firme él mismo su lista de estado.',
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: 'La credencial usa un método de revocación que las herramientas de los reclutadores no saben comprobar.',
        fix: 'Pida al emisor que use la W3C Bitstring Status List.',
      },
      ISSUER_SELF_ASSERTED: {
        seen: 'Su emisor no figura en ninguna lista de confianza que usen los reclutadores: su nombre es solo lo que dice la credencial.',
        fix: 'Pregunte al emisor si figura en un registro de emisores (por ejemplo el del Digital Credentials Consortium) y si firma con un did:web en su propio dominio.',
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: 'Su emisor no figura en la lista de confianza consultada.',
        fix: 'Pregunte al emisor en qué registros figura y menciónelo junto a la credencial.',
      },
      ISSUER_PATH_DID: {
        seen: 'El identificador del emisor es una ruta en un sitio web, que podría usar cualquiera que controle esa ruta.',
        fix: 'Pida al emisor que firme con un did:web en su propio dominio.',
      },
      EU_ELEMENT_MISSING: { seen: 'Falta información que la UE exige a una microcredencial.', fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'Se indican créditos sin decir que son créditos ECTS.',
        fix: 'Pida al emisor que indique el sistema de créditos (ECTS).',
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Las horas por crédito ECTS son inusuales (fuera de 20 a 35).',
        fix: 'Pida al emisor que revise los créditos y las horas.',
      },
      EQF_LEVEL_MALFORMED: {
        seen: 'El nivel del MEC no se puede leer como un nivel del 1 al 8.',
        fix: 'Pida al emisor que indique el nivel del MEC como número o como la dirección MEC de la UE.',
      },
    },
    missingElement: {
      learner: 'No se indica la identificación del estudiante.',
      title: 'No se indica el título.',
      'issuer-country': 'No se indica el país del emisor.',
      'awarding-body': 'No se indica el organismo que la otorga.',
      'issue-date': 'No se indica la fecha de expedición.',
      'learning-outcomes': 'No se indican los resultados de aprendizaje.',
      workload: 'No se indica la carga de trabajo en ECTS.',
      level: 'No se indica el nivel del MEC.',
      assessment: 'No se indica el tipo de evaluación.',
      participation: 'No se indica la forma de participación.',
      'quality-assurance': 'No se indica el tipo de garantía de calidad.',
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: 'Pida al emisor que indique la carga de trabajo en créditos ECTS (y en horas, si quiere): los reclutadores comparan las microcredenciales por ella.',
    expiresSoon: {
      seen: ({ validUntil }) => `La credencial caducará el ${validUntil ?? '—'}. Después, los reclutadores la verán como caducada.`,
      fix: 'Pregunte al emisor cómo renovarla antes de esa fecha y mantenga coherentes las fechas de su entrada de LinkedIn.',
    },
    otherFix: (code) => `Consulte al emisor sobre esto citando el código ${code}.`,
    severity: { blocker: 'Los reclutadores ven un problema', warning: 'Conviene corregirlo', tip: 'Bueno saberlo' },
    owner: { you: 'Puede corregirlo usted', issuer: 'Consulte al emisor', platform: 'Consulte a la plataforma' },
  },
};
