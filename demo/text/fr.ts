/** Le texte de la démo en français (termes de l'élément : attestation, émetteur, liste de révocation). */
import type { DemoText } from './text-types.ts';

const ASK_EU = "Demandez à l'émetteur de l'indiquer : la définition européenne d'une microcertification (recommandation du Conseil du 16 juin 2022, annexe I) la rend obligatoire.";
const OPEN_LINK = "Ouvrez le lien vous-même dans une fenêtre de navigation privée. S'il ne fonctionne pas, demandez à l'émetteur de le rétablir ou de vous en donner un nouveau.";
const WIDER_SIGNATURE = "Demandez à l'émetteur s'il peut aussi la délivrer avec une signature largement prise en charge (eddsa-rdfc-2022 ou ecdsa-rdfc-2019).";

export const fr: DemoText = {
  lang: 'fr',
  site: {
    name: 'Démo mc-verify',
    skip: 'Aller au contenu',
    navLabel: 'Pages de la démo',
    language: 'Langue',
    footer: "mc-verify vérifie les attestations dans votre navigateur : rien de ce que vous collez ou déposez ici n'est envoyé à un serveur à nous.",
    footerOffline: "Les attestations d'exemple et les documents dont elles ont besoin sont servis par cette démo : elle fonctionne donc aussi sans internet.",
  },
  nav: { check: 'Vérifier une attestation', preview: 'Aperçu recruteur', embed: 'Intégrer', gallery: 'Galerie' },
  check: {
    title: 'Cette attestation est-elle authentique ?',
    lead: "Collez le lien d'une attestation, son JSON ou un JWT, déposez un fichier (JSON, badge PNG ou SVG « cuit », PDF avec un code QR) ou scannez un code QR avec votre caméra. mc-verify vérifie la signature, la clé de l'émetteur, les dates et la révocation, et montre ce que dit l'attestation.",
    tryHeading: 'Rien sous la main ? Essayez un exemple',
    tryLinks: "Vérifier un lien d'exemple :",
    tryFiles: 'Ou téléchargez un fichier d’exemple et déposez-le ci-dessus :',
    fileJson: 'Attestation (JSON)',
    filePng: 'Badge cuit (PNG)',
    fileSvg: 'Badge cuit (SVG)',
    filePdf: 'Certificat avec code QR (PDF)',
    privacy: "Tout se passe dans cet onglet. Votre navigateur récupère les liens directement là où se trouve l'attestation, sans passer par un serveur à nous.",
  },
  preview: {
    title: 'Votre attestation vue par un recruteur',
    lead: "Collez le lien que vous avez mis sur LinkedIn ou déposez le fichier de l'attestation. La démo exécute les vérifications que l'extension de navigateur mc-verify fait pour un recruteur, montre la pastille qu'il verrait à côté de votre entrée et vous dit quoi corriger.",
    conditions: "Vérifiée comme le fait l'extension : à l'instant présent, en ligne, sans liste de confiance. Les liens d'exemple de la démo sont servis par la démo elle-même.",
    samplesHeading: 'Essayer une attestation qui pose problème',
    samplesIntro: "Chacune a été délivrée par l'université fictive de cette démo et présente un problème que rencontrent les apprenants.",
    goodSample: 'Une microcertification sans rien à corriger',
    resultHeading: 'Ce que voit un recruteur',
    waiting: 'Collez un lien ou déposez un fichier pour voir le résultat ici.',
    checking: 'Vérification…',
    couldNotRun: "La vérification n'a pas pu se faire. Réessayez, ou collez le texte de l'attestation au lieu d'un lien.",
    linkedinHeading: 'À côté de votre entrée LinkedIn',
    linkedinSection: 'Licences et certifications',
    issued: (date) => `Délivrée le ${date}`,
    showCredential: 'Afficher la certification',
    chipNote: "Cette pastille est ce que l'extension mc-verify affiche à côté de l'entrée. Au survol ou au focus, elle donne la raison.",
    adviceHeading: 'Ce qu’il faut corriger',
    adviceNone: 'Rien à corriger : un recruteur voit cette attestation comme vérifiée.',
    adviceSummary: (count) => (count === 1 ? 'Un point à regarder.' : `${count} points à regarder, le plus important d'abord.`),
    technical: 'Détail technique',
    reportHeading: "Le rapport complet, comme dans le panneau latéral de l'extension",
    announce: (verdict, count) => `Résultat : ${verdict}. ${count === 0 ? 'Rien à corriger.' : count === 1 ? 'Un conseil.' : `${count} conseils.`}`,
    unknownTitle: 'Votre attestation',
    unknownIssuer: 'Émetteur non confirmé',
  },
  embed: {
    title: 'Mettre le vérificateur sur votre site',
    lead: "Un script et une balise : <mc-verify> vérifie une attestation dans le navigateur du visiteur et affiche le résultat. Choisissez les options, copiez l'extrait et voyez-le en direct.",
    installHeading: '1. Héberger le script',
    install: "Copiez les fichiers de dist/mc-verify/ (mc-verify.js et son dossier chunks/) sur votre site. Pas d'étape de compilation, pas de code serveur, et aucune requête vers qui que ce soit d'autre que l'émetteur de l'attestation.",
    optionsHeading: '2. Choisir les options',
    src: "Lien de l'attestation",
    srcHelp: "L'adresse d'une attestation, ou une page d'une plateforme d'attestations. Laissez vide pour fournir l'attestation par un script.",
    theme: 'Thème',
    themeAuto: 'Suivre le réglage du visiteur',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    language: 'Langue',
    languagePage: 'La langue de la page',
    compact: 'Affichage compact',
    compactHelp: "Verdict, nom et émetteur ; les détails derrière un bouton.",
    headingLevel: 'Niveau de titre du verdict',
    recipient: 'E-mail du titulaire (facultatif)',
    recipientHelp: "Comparé dans le navigateur avec le titulaire haché de l'attestation.",
    trust: "Adresse d'une liste de confiance (facultatif)",
    trustHelp: "Une liste d'émetteurs dont vous vous portez garant, au format de mc-verify ou du registre d'émetteurs du DCC.",
    snippetHeading: "3. Copier l'extrait",
    copy: "Copier l'extrait",
    copied: 'Copié dans le presse-papiers.',
    copyFailed: "Copie impossible. Sélectionnez l'extrait et copiez-le vous-même.",
    previewHeading: 'Aperçu en direct',
    previewNote: "L'aperçu utilise les documents d'exemple de la démo : les liens d'exemple fonctionnent donc hors ligne.",
    apiHeading: 'Référence',
    apiLead: 'Générée à partir de custom-elements.json lors de la construction de cette démo. La référence est en anglais.',
  },
  gallery: {
    title: "Attestations d'exemple",
    lead: "De vraies attestations issues de suites de tests publiques et de la Commission européenne, et des attestations délivrées par cette démo. Chacune est vérifiée en direct dans votre navigateur ; la démo sert les documents nécessaires.",
    judgedAt: (date) => `Évaluée au ${date}, pour que l'exemple garde son sens.`,
    source: 'Source',
    licence: 'Licence',
    ownSample: 'Délivrée par cette démo, avec de nouvelles clés à chaque construction.',
    download: 'Télécharger',
    formats: { json: 'JSON', jwt: 'JWT', png: 'PNG cuit', svg: 'SVG cuit', pdf: 'PDF avec code QR' },
  },
  samples: {
    'eu-micro-credential': {
      title: 'Microcertification européenne (Open Badges 3.0)',
      about: "Délivrée par l'université fictive de cette démo avec les champs néerlandais des microcertifications : 5 ECTS, niveau 6 du CEC, compétences ESCO, participation hybride, évaluation par portfolio, identité contrôlée. Elle est vérifiée : son panneau de l'annexe I de l'UE s'affiche.",
    },
    'ob3-status-list': {
      title: 'Open Badge 3.0 avec liste de statut',
      about: "Une attestation de test du Digital Credentials Consortium, signée avec Ed25519 et vérifiée par rapport à la liste de révocation de son émetteur.",
    },
    'ob2-hosted': {
      title: 'Badge Open Badges 2.0 hébergé',
      about: "Vérifié à la manière 2.0 : l'assertion, sa classe de badge et son émetteur sont récupérés aux adresses de l'émetteur (servies ici à partir des fichiers de test du validateur 1EdTech).",
    },
    'vc-jose': {
      title: 'Attestation sous forme de JSON Web Token',
      about: 'Un Verifiable Credential 2.0 sécurisé par VC-JOSE (ES256) par un émetteur did:jwk, issu de la suite de tests de Credo.',
    },
    expired: { title: 'Expirée', about: 'Authentique et intacte, mais sa période de validité est terminée.' },
    revoked: { title: 'Révoquée', about: "La liste de statut signée de l'émetteur indique que cette attestation a été retirée." },
    tampered: { title: 'Falsifiée', about: "Le nom de l'attestation a été modifié après la signature : la signature ne correspond plus." },
    'status-list-unreachable': {
      title: 'Liste de statut inaccessible',
      about: "La signature est correcte, mais la liste de révocation indiquée est introuvable : personne ne peut dire si l'attestation a été révoquée. Elle n'est jamais affichée comme valide.",
    },
    'europass-test-seal': {
      title: 'Microcertification Europass de la Commission européenne',
      about: "L'exemple de l'annexe I de la Commission elle-même. Son cachet est cryptographiquement correct, mais réalisé avec un certificat de test qui ne figure sur aucune liste de confiance de l'UE : la réponse honnête est donc « vérification impossible ». Sans données vérifiées, pas de panneau de l'annexe I.",
    },
    'expiring-soon': { title: 'Expire dans 30 jours', about: "Valide aujourd'hui, mais sa date de fin est proche." },
    'status-list-missing': { title: 'Liste de statut absente', about: "L'émetteur indique une liste de révocation qu'il n'a jamais publiée." },
    'no-workload': { title: 'Microcertification sans charge de travail', about: "Se présente comme une microcertification mais n'indique ni crédits ECTS ni heures." },
    'foreign-key': { title: "Signée avec la clé de quelqu'un d'autre", about: "Désigne l'université comme émetteur, mais a été signée avec une clé que l'université ne contrôle pas." },
    'wallet-link': { title: "Une page de profil au lieu de l'attestation", about: "L'entrée LinkedIn renvoie au profil Credly de l'apprenant, qui liste des badges mais n'en est pas un." },
  },
  advice: {
    codes: {
      PLATFORM_PAGE: {
        seen: "Ce lien mène à une page, pas à une attestation : un recruteur n'a rien à vérifier.",
        fix: "Partagez plutôt l'adresse de l'attestation : le lien vers le badge ou le certificat lui-même (souvent derrière « Partager » ou « Vérifier »), pas vers votre profil ou votre portefeuille.",
      },
      NOT_A_CREDENTIAL: {
        seen: "Ce vers quoi mène le lien n'est pas une attestation.",
        fix: "Partagez l'adresse ou le fichier de l'attestation que l'émetteur vous a donné.",
      },
      INPUT_UNRECOGNISED: {
        seen: "Ce que vous avez partagé n'est pas une attestation dans un format lisible par les vérificateurs (peut-être une page web).",
        fix: "Partagez l'adresse de l'attestation, son fichier JSON ou l'image de badge cuite fournie par l'émetteur.",
      },
      IMAGE_NOT_BAKED: {
        seen: "Cette image ne contient aucune attestation ; ce n'en est qu'une image.",
        fix: "Téléchargez auprès de l'émetteur l'image de badge « cuite » (ou le fichier de l'attestation) et partagez-la.",
      },
      LINK_API_UNKNOWN: {
        seen: "La plateforme derrière ce lien ne permet à personne de lire l'attestation.",
        fix: "Demandez à la plateforme ou à l'émetteur un lien vers l'attestation elle-même (Open Badges ou Verifiable Credential), ou téléchargez le fichier de l'attestation.",
      },
      EDCI_XML_UNSUPPORTED: {
        seen: "C'est une ancienne attestation Europass en XML, qui ne peut pas être vérifiée ici.",
        fix: "Téléchargez la version JSON-LD de l'attestation depuis votre portefeuille Europass et partagez-la.",
      },
      FETCH_FAILED: { seen: "Le lien n'a pas pu être ouvert.", fix: OPEN_LINK },
      FETCH_HTTP_ERROR: { seen: 'Le serveur derrière le lien a répondu par une erreur.', fix: OPEN_LINK },
      FETCH_TIMEOUT: {
        seen: 'Le serveur derrière le lien a mis trop de temps à répondre.',
        fix: "Réessayez plus tard. Si cela se répète, signalez à l'émetteur que son serveur d'attestations est lent.",
      },
      PROOF_MISSING: {
        seen: "L'attestation n'est pas signée : personne ne peut dire si elle est authentique.",
        fix: "Demandez à l'émetteur la version signée (une attestation avec une preuve ou un cachet).",
      },
      SIGNATURE_INVALID: {
        seen: "L'attestation a été modifiée après la signature de l'émetteur, ou sa signature est endommagée. Les recruteurs la voient comme non valide.",
        fix: "Téléchargez une copie neuve auprès de l'émetteur et partagez-la sans la modifier. Si la copie neuve échoue aussi, prévenez l'émetteur.",
      },
      PROOF_TYPE_UNSUPPORTED: { seen: 'L’attestation est signée avec une méthode que les outils des recruteurs ne savent pas encore vérifier.', fix: WIDER_SIGNATURE },
      CRYPTOSUITE_UNSUPPORTED: { seen: 'L’attestation est signée avec une méthode que les outils des recruteurs ne savent pas encore vérifier.', fix: WIDER_SIGNATURE },
      CONTEXT_UNKNOWN: {
        seen: "L'attestation utilise un vocabulaire (un contexte JSON-LD) inconnu des vérificateurs : sa signature ne peut pas être vérifiée en toute sécurité.",
        fix: "Demandez à l'émetteur de n'utiliser que des contextes publiés et connus, comme ceux des Verifiable Credentials et d'Open Badges.",
      },
      JSONLD_DATA_LOSS: {
        seen: "Une partie de l'attestation n'est pas couverte par sa signature.",
        fix: "Demandez à l'émetteur de définir chaque champ utilisé dans un contexte et de délivrer à nouveau l'attestation.",
      },
      SCHEMA_VIOLATION: {
        seen: "L'attestation ne respecte pas la structure qu'elle annonce.",
        fix: "Demandez à l'émetteur de contrôler ses attestations avec un validateur (par exemple celui de 1EdTech) et de délivrer à nouveau la vôtre.",
      },
      KEY_NOT_ISSUERS: {
        seen: "L'attestation a été signée avec une clé qui n'appartient pas à l'émetteur qu'elle désigne. Les recruteurs la voient comme non valide.",
        fix: "Demandez à l'émetteur de la délivrer à nouveau, signée avec une clé qu'il publie lui-même (dans son document DID ou son profil d'émetteur).",
      },
      KEY_NOT_AUTHORISED: {
        seen: "La clé de l'émetteur n'est pas autorisée à signer des attestations.",
        fix: "Demandez à l'émetteur d'inscrire la clé pour les assertions (assertionMethod) dans son document DID.",
      },
      KEY_NOT_PUBLISHED: {
        seen: "La clé provient uniquement de l'attestation elle-même ; l'émetteur ne la publie pas, n'importe qui aurait donc pu la créer.",
        fix: "Demandez à l'émetteur de publier sa clé (un DID ou un jeu de clés sur son propre site).",
      },
      VERIFICATION_METHOD_UNRESOLVABLE: {
        seen: "La clé publique de l'émetteur n'a pas pu être récupérée : la signature n'a pas pu être vérifiée.",
        fix: "Demandez à l'émetteur de vérifier que son document DID ou son profil d'émetteur est en ligne.",
      },
      SEAL_UNTRUSTED: {
        seen: "Le cachet Europass ne mène à aucun certificat figurant sur une liste de confiance de l'UE.",
        fix: "Demandez à l'émetteur de sceller ses attestations avec un cachet électronique qualifié figurant sur une liste de confiance de l'UE.",
      },
      SEAL_CERTIFICATE_EXPIRED: {
        seen: "Le certificat du cachet n'était pas valide au moment du scellement.",
        fix: "Demandez à l'émetteur de sceller à nouveau l'attestation avec un certificat valide.",
      },
      HOSTED_COPY_UNRETRIEVABLE: {
        seen: "La copie de votre badge hébergée par l'émetteur n'a pas pu être récupérée.",
        fix: "Demandez à l'émetteur ou à la plateforme de badges si le badge est toujours hébergé à son adresse.",
      },
      BADGE_UNRESOLVABLE: {
        seen: "La description du badge ou de son émetteur n'a pas pu être récupérée.",
        fix: "Demandez à l'émetteur ou à la plateforme de badges de rétablir les pages de la classe de badge et de l'émetteur.",
      },
      CREDENTIAL_EXPIRED: {
        seen: ({ validUntil }) => (validUntil ? `L'attestation a expiré le ${validUntil}. Les recruteurs la voient comme expirée.` : "L'attestation a expiré. Les recruteurs la voient comme expirée."),
        fix: "Demandez à l'émetteur si vous pouvez la renouveler. Sinon, présentez-la comme une réussite passée.",
      },
      CREDENTIAL_NOT_YET_VALID: {
        seen: ({ validFrom }) => (validFrom ? `L'attestation ne devient valide que le ${validFrom}.` : "L'attestation n'est pas encore valide."),
        fix: "Attendez cette date, ou demandez à l'émetteur si la date est erronée.",
      },
      CREDENTIAL_REVOKED: {
        seen: 'Votre émetteur a révoqué cette attestation.',
        fix: "Si vous pensez qu'il s'agit d'une erreur, contactez l'émetteur. Sinon, retirez l'attestation de votre profil.",
      },
      CREDENTIAL_SUSPENDED: {
        seen: 'Votre émetteur a suspendu cette attestation pour le moment.',
        fix: "Demandez à l'émetteur pourquoi, et quand elle sera de nouveau valide.",
      },
      STATUS_LIST_UNREACHABLE: {
        seen: "La liste de statut de votre émetteur est inaccessible : personne ne peut confirmer que l'attestation n'a pas été révoquée. Les recruteurs voient « vérification impossible ».",
        fix: "Adressez-vous à l'émetteur : sa liste de révocation doit être en ligne à l'adresse qu'indique l'attestation.",
      },
      STATUS_LIST_INVALID: {
        seen: "La liste de statut de votre émetteur ne passe pas la vérification : la révocation ne peut pas être contrôlée.",
        fix: "Demandez à l'émetteur de publier une liste de statut correctement signée.",
      },
      STATUS_LIST_ISSUER_MISMATCH: {
        seen: "La liste de statut n'a pas été publiée par votre émetteur : elle ne peut pas parler pour votre attestation.",
        fix: "Demandez à l'émetteur de signer lui-même sa liste de statut.",
      },
      STATUS_TYPE_UNSUPPORTED: {
        seen: "L'attestation utilise une méthode de révocation que les outils des recruteurs ne savent pas vérifier.",
        fix: "Demandez à l'émetteur d'utiliser la W3C Bitstring Status List.",
      },
      ISSUER_SELF_ASSERTED: {
        seen: "Votre émetteur ne figure sur aucune liste de confiance utilisée par les recruteurs : son nom n'est que ce que dit l'attestation.",
        fix: "Demandez à l'émetteur s'il figure dans un registre d'émetteurs (par exemple celui du Digital Credentials Consortium) et s'il signe avec un did:web sur son propre domaine.",
      },
      ISSUER_NOT_IN_TRUST_LIST: {
        seen: 'Votre émetteur ne figure pas sur la liste de confiance consultée.',
        fix: "Demandez à l'émetteur dans quels registres il figure, et mentionnez-le à côté de l'attestation.",
      },
      ISSUER_PATH_DID: {
        seen: "L'identifiant de l'émetteur est un chemin sur un site web, que quiconque contrôle ce chemin pourrait utiliser.",
        fix: "Demandez à l'émetteur de signer avec un did:web sur son propre domaine.",
      },
      EU_ELEMENT_MISSING: { seen: "Une information que l'UE exige d'une microcertification manque.", fix: ASK_EU },
      CREDITS_UNIT_ASSUMED: {
        seen: 'Des crédits sont indiqués sans préciser que ce sont des crédits ECTS.',
        fix: "Demandez à l'émetteur d'indiquer le système de crédits (ECTS).",
      },
      WORKLOAD_RATIO_UNUSUAL: {
        seen: 'Le nombre d’heures par crédit ECTS est inhabituel (hors de 20 à 35).',
        fix: "Demandez à l'émetteur de vérifier les crédits et les heures.",
      },
      EQF_LEVEL_MALFORMED: {
        seen: 'Le niveau du CEC ne peut pas être lu comme un niveau de 1 à 8.',
        fix: "Demandez à l'émetteur d'indiquer le niveau du CEC sous forme de nombre ou de l'adresse CEC de l'UE.",
      },
    },
    missingElement: {
      learner: "Aucune identification de l'apprenant n'est indiquée.",
      title: "Aucun intitulé n'est indiqué.",
      'issuer-country': "Aucun pays de l'émetteur n'est indiqué.",
      'awarding-body': "Aucun organisme de délivrance n'est indiqué.",
      'issue-date': "Aucune date de délivrance n'est indiquée.",
      'learning-outcomes': "Aucun acquis d'apprentissage n'est indiqué.",
      workload: "Aucune charge de travail en ECTS n'est indiquée.",
      level: "Aucun niveau du CEC n'est indiqué.",
      assessment: "Aucun type d'évaluation n'est indiqué.",
      participation: "Aucune forme de participation n'est indiquée.",
      'quality-assurance': "Aucun type d'assurance qualité n'est indiqué.",
    },
    missingElementFix: ASK_EU,
    missingWorkloadFix: "Demandez à l'émetteur d'indiquer la charge de travail en crédits ECTS (et en heures, s'il le souhaite) : les recruteurs comparent les microcertifications sur ce point.",
    expiresSoon: {
      seen: ({ validUntil }) => `L'attestation expirera le ${validUntil ?? '—'}. Ensuite, les recruteurs la verront comme expirée.`,
      fix: "Demandez à l'émetteur comment la renouveler d'ici là, et gardez les dates de votre entrée LinkedIn cohérentes.",
    },
    otherFix: (code) => `Interrogez l'émetteur à ce sujet en citant le code ${code}.`,
    severity: { blocker: 'Les recruteurs voient un problème', warning: 'À corriger', tip: 'Bon à savoir' },
    owner: { you: 'Vous pouvez le corriger', issuer: "Demandez à l'émetteur", platform: 'Demandez à la plateforme' },
  },
};
