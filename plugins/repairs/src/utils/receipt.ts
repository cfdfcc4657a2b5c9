import { PDFDocument, PDFFont, rgb, StandardFonts } from "pdf-lib"
import { CONSENT_SCOPES, Locale } from "../modules/repair/constants"
import { MAX_DAYS, MIN_DAYS } from "../modules/repair/schedule"
import { SCOPE_TEXTS, textsFor } from "../modules/repair/texts"
import { ConsentRow, RepairRow } from "../modules/repair/types"
import { labels } from "./labels"

export type ReceiptInput = {
  repair: RepairRow
  consents: ConsentRow[]
  backups: { category: string; store_id: string; sha256: string; delete_on: Date | string | null }[]
  customer: { name: string; email: string }
  /** The `shopName` option: the PDF's creator and the name in the consent texts (neutral when unset). */
  shopName?: string
  sweepDays: number[]
}

const L = {
  nl: {
    title: "Ontvangstbewijs reparatie",
    customer: "Klant",
    device: "Apparaat",
    problem: "Probleem",
    work: "Soort werk",
    condition: "Staat bij inname",
    accessories: "Meegeleverde accessoires",
    consent: "Toestemming voor toegang tot bestanden",
    given: "gegeven",
    withdrawn: "ingetrokken",
    notGiven: "Nog geen toestemming gegeven.",
    visibility: "Zichtbaarheid",
    acknowledged: "Gelezen en bevestigd",
    notAcknowledged: "Nog niet bevestigd",
    backup: "Back-up",
    permanent: "De klant staat definitief wissen zonder back-up toe",
    double: "Dubbele back-up in twee gescheiden opslagplaatsen",
    window: (days: string) => `Back-ups worden tussen ${MIN_DAYS} en ${MAX_DAYS} dagen na aflevering gewist, op vaste dagen (dag ${days} van de maand).`,
    planned: "gepland te wissen op",
    version: "tekstversie",
    none: "geen",
  },
  en: {
    title: "Repair intake receipt",
    customer: "Customer",
    device: "Device",
    problem: "Problem",
    work: "Work type",
    condition: "Condition at intake",
    accessories: "Accessories handed in",
    consent: "Consent to access files",
    given: "given",
    withdrawn: "withdrawn",
    notGiven: "No consent given yet.",
    visibility: "Visibility",
    acknowledged: "Read and acknowledged",
    notAcknowledged: "Not acknowledged yet",
    backup: "Backup",
    permanent: "The customer allows permanent deletion without a backup",
    double: "Double backup in two separate stores",
    window: (days: string) => `Backups are deleted between ${MIN_DAYS} and ${MAX_DAYS} days after delivery, on fixed days (day ${days} of the month).`,
    planned: "planned deletion on",
    version: "text version",
    none: "none",
  },
}

const day = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : "–")

/** The printable intake receipt (A4), in the repair's language. */
export async function renderReceipt(input: ReceiptInput): Promise<Uint8Array> {
  const locale: Locale = input.repair.locale
  const t = L[locale]
  const TEXTS = textsFor(input.shopName)
  const lb = labels(locale)
  const doc = await PDFDocument.create()
  doc.setTitle(`${t.title} ${input.repair.id}`)
  if (input.shopName) doc.setCreator(input.shopName)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  let page = doc.addPage([595.28, 841.89])
  let y = 800
  const width = 595.28 - 100

  const wrap = (text: string, f: PDFFont, size: number) => {
    const lines: string[] = []
    for (const para of text.split("\n")) {
      let line = ""
      for (const word of para.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word
        if (f.widthOfTextAtSize(next, size) > width && line) {
          lines.push(line)
          line = word
        } else line = next
      }
      lines.push(line)
    }
    return lines
  }
  // The standard fonts encode WinAnsi only: anything else (e.g. a name in another script) prints as "?".
  const charset = new Set(font.getCharacterSet())
  const printable = (s: string) => [...s].map((c) => (charset.has(c.codePointAt(0)!) || c === " " ? c : "?")).join("")
  const write = (text: string, opts: { f?: PDFFont; size?: number; gap?: number } = {}) => {
    const f = opts.f ?? font
    const size = opts.size ?? 10
    for (const line of wrap(printable(text), f, size)) {
      if (y < 60) {
        page = doc.addPage([595.28, 841.89])
        y = 800
      }
      page.drawText(line, { x: 50, y, size, font: f, color: rgb(0.1, 0.1, 0.1) })
      y -= size + 4
    }
    y -= opts.gap ?? 2
  }
  const heading = (text: string) => {
    y -= 6
    write(text, { f: bold, size: 12, gap: 4 })
  }

  const r = input.repair
  write(`${input.shopName} – ${t.title}`, { f: bold, size: 16, gap: 4 })
  write(`${r.id} · ${day(r.created_at)}`, { gap: 8 })
  heading(t.customer)
  write(`${input.customer.name} <${input.customer.email}>`)
  heading(t.device)
  write(
    `${lb.deviceType[r.device_type as keyof typeof lb.deviceType] ?? r.device_type}: ${r.device_brand} ${r.device_model}${r.device_serial ? ` (${r.device_serial})` : ""}`
  )
  write(`${t.work}: ${lb.workType[r.work_type as keyof typeof lb.workType] ?? r.work_type}`)
  heading(t.problem)
  write(r.problem)
  heading(t.condition)
  const checklist = Object.entries(r.intake_condition?.checklist ?? {})
  for (const [k, ok] of checklist) write(`${ok ? "[x]" : "[ ]"} ${k}`)
  if (r.intake_condition?.notes) write(r.intake_condition.notes)
  heading(t.accessories)
  write(r.accessories?.items?.length ? r.accessories.items.join(", ") : t.none)

  heading(t.consent)
  write(TEXTS.file_access.body[locale], { gap: 4 })
  if (!input.consents.length) write(t.notGiven)
  for (const scope of CONSENT_SCOPES) {
    for (const c of input.consents.filter((c) => c.scope === scope)) {
      const state = c.withdrawn_at ? `${t.withdrawn} ${day(c.withdrawn_at)}` : `${t.given} ${day(c.given_at)}`
      write(
        `- ${SCOPE_TEXTS[scope][locale]} — ${state}, ${lb.method[c.method as keyof typeof lb.method] ?? c.method}${c.signature_name ? ` (${c.signature_name})` : ""}, ${t.version} ${c.text_version}`
      )
    }
  }

  heading(t.visibility)
  write(TEXTS.visibility.body[locale], { gap: 4 })
  write(r.visibility_ack_version ? `${t.acknowledged}: ${day(r.visibility_ack_at)}, ${t.version} ${r.visibility_ack_version}` : t.notAcknowledged)

  heading(t.backup)
  if (r.permanent_deletion_version) {
    write(TEXTS.permanent_deletion.body[locale], { gap: 4 })
    write(`${t.permanent}: ${day(r.permanent_deletion_at)}, ${t.version} ${r.permanent_deletion_version}`)
  } else {
    write(t.double)
    for (const b of input.backups) {
      write(
        `- ${lb.category[b.category as keyof typeof lb.category] ?? b.category} in ${b.store_id}, SHA-256 ${b.sha256.slice(0, 16)}…, ${t.planned} ${day(b.delete_on)}`
      )
    }
  }
  write(t.window([...input.sweepDays].sort((a, b) => a - b).join(", ")))
  return doc.save()
}
