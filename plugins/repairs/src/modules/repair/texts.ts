import { ConsentScope, Locale } from "./constants"

/**
 * The texts a customer agrees to, versioned. A published version is never edited:
 * a change gets a new version id, and every record names the version that was shown.
 */
export const TEXT_KINDS = ["file_access", "visibility", "permanent_deletion", "early_deletion"] as const
export type TextKind = (typeof TEXT_KINDS)[number]

type Text = { version: string; title: Record<Locale, string>; body: Record<Locale, string> }

/**
 * The texts with the shop's name as `{Shop}` (sentence start) and `{shop}` placeholders; `textsFor`
 * fills them in from the `shopName` option, or a neutral "the shop" / "de winkel" when it is unset.
 */
const TEMPLATES: Record<TextKind, Text> = {
  file_access: {
    version: "file-access-2026-12-v1",
    title: { nl: "Toestemming voor toegang tot uw bestanden", en: "Consent to access your files" },
    body: {
      nl: "{Shop} opent geen bestanden op uw apparaat zonder uw toestemming en deelt ze nooit met derden tenzij u dat afspreekt. U kiest hieronder per handeling wat de technicus mag doen. U kunt uw toestemming altijd intrekken; daarna worden geen bestanden meer geopend.",
      en: "{Shop} opens no files on your device without your consent and never shares them with third parties unless you agree. Below you choose, per action, what the technician may do. You can withdraw your consent at any time; after that no more files are opened.",
    },
  },
  visibility: {
    version: "visibility-2026-12-v1",
    title: { nl: "Wat de technicus altijd ziet", en: "What the technician always sees" },
    body: {
      nl: "Bestandsnamen, miniaturen (thumbnails) en afzenders en onderwerpen van e-mails zijn tijdens het werk altijd zichtbaar voor de technicus. Maak vooraf een back-up en verwijder vertrouwelijke gegevens.",
      en: "File names, thumbnails and e-mail senders and subjects are always visible to the technician during the work. Back up and remove confidential data beforehand.",
    },
  },
  permanent_deletion: {
    version: "permanent-deletion-2026-12-v1",
    title: { nl: "Toestemming voor definitief wissen zonder back-up", en: "Permission to delete permanently without a backup" },
    body: {
      nl: "Ik sta toe dat mijn gegevens bij de herinstallatie definitief worden gewist zonder dat {shop} een back-up maakt. Gewiste gegevens zijn niet terug te halen.",
      en: "I allow my data to be deleted permanently during the reinstall without {shop} making a backup. Deleted data cannot be recovered.",
    },
  },
  early_deletion: {
    version: "early-deletion-2026-12-v1",
    title: { nl: "Eerder wissen op eigen risico", en: "Earlier deletion at my own risk" },
    body: {
      nl: "Ik vraag {shop} mijn back-ups eerder te wissen dan de gebruikelijke 14 tot 30 dagen na aflevering. Blijkt daarna dat gegevens ontbreken, dan kunnen ze niet meer worden teruggezet. Dit is op mijn eigen risico.",
      en: "I ask {shop} to delete my backups sooner than the usual 14 to 30 days after delivery. If data then turns out to be missing, it can no longer be restored. This is at my own risk.",
    },
  },
}

/** What each scope allows, as shown to the customer and printed on the receipt. */
export const SCOPE_TEXTS: Record<ConsentScope, Record<Locale, string>> = {
  none: { nl: "Geen toegang tot mijn bestanden", en: "No access to my files" },
  boot_test: { nl: "Alleen testen of het besturingssysteem opstart", en: "Only test that the operating system boots" },
  open_named_folders: { nl: "Genoemde mappen openen voor diagnose", en: "Open named folders for diagnosis" },
  read_product_code: {
    nl: "Een productcode lezen om betaalde software te activeren",
    en: "Read a product code to activate paid software",
  },
  copy_user_data: { nl: "Al mijn gegevens kopiëren voor een back-up", en: "Copy all my data for a backup" },
  wipe_reinstall: { nl: "Wissen en opnieuw installeren", en: "Wipe and reinstall" },
}

const NEUTRAL: Record<Locale, { shop: string; Shop: string }> = {
  nl: { shop: "de winkel", Shop: "De winkel" },
  en: { shop: "the shop", Shop: "The shop" },
}

/** The version ids of the current texts (a record names the version that was shown). */
export const TEXT_VERSIONS = Object.fromEntries(TEXT_KINDS.map((k) => [k, TEMPLATES[k].version])) as Record<TextKind, string>

/** The current texts with the shop's name filled in (`shopName` option; neutral when unset). */
export function textsFor(shopName?: string): Record<TextKind, Text> {
  const fill = (body: Record<Locale, string>) =>
    Object.fromEntries(
      (Object.keys(body) as Locale[]).map((l) => [
        l,
        body[l].replace(/\{shop\}/g, shopName ?? NEUTRAL[l].shop).replace(/\{Shop\}/g, shopName ?? NEUTRAL[l].Shop),
      ])
    ) as Record<Locale, string>
  return Object.fromEntries(TEXT_KINDS.map((k) => [k, { ...TEMPLATES[k], body: fill(TEMPLATES[k].body) }])) as Record<TextKind, Text>
}

export function currentText(kind: TextKind, locale: Locale, shopName?: string) {
  const t = textsFor(shopName)[kind]
  return { kind, version: t.version, title: t.title[locale], body: t.body[locale], locale }
}

export function textByVersion(version: string, shopName?: string) {
  return Object.entries(textsFor(shopName)).find(([, t]) => t.version === version)
}
