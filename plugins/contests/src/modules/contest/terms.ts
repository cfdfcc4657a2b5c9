import { createHash } from "crypto"
import { totalPrizeValue } from "./limits"
import { ContestFields } from "./types"

/**
 * The action-terms template. It covers every item the Gedragscode Promotionele
 * Kansspelen 2014 requires: organiser and promoted product, period, how to enter
 * and what it costs, prizes and their value, how and when winners are chosen,
 * the number of draws, the announcement, minors, kansspelbelasting, complaints,
 * where the terms are, and that the code is followed. A change of any field a
 * version renders makes a new version.
 */
export const TERMS_TEMPLATE_VERSION = "softshop-terms-v1"

export const TERMS_ITEMS = [
  "organiser",
  "period",
  "how_to_enter",
  "prizes",
  "winner_selection",
  "draws",
  "announcement",
  "minors",
  "gambling_tax",
  "complaints",
  "terms_location",
  "code_statement",
] as const

const date = (d: Date, locale: "nl" | "en") =>
  d.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" })
const money = (v: number) => `€ ${v.toFixed(2).replace(".", ",")}`

export type RenderedTerms = { body_nl: string; body_en: string; body_hash: string }

export function renderTerms(f: ContestFields): RenderedTerms {
  const body_nl = renderNl(f)
  const body_en = renderEn(f)
  return { body_nl, body_en, body_hash: createHash("sha256").update(`${body_nl}\n\n${body_en}`, "utf8").digest("hex") }
}

function prizeLines(f: ContestFields) {
  return f.prizes.map((p) => `- ${p.quantity} × ${p.name} (${money(p.value)} per stuk)`).join("\n")
}

function renderNl(f: ContestFields) {
  const skill = f.skill_question
    ? `Beantwoord de vraag: "${f.skill_question}". Dit is een prijsvraag: de winnaars worden geloot uit de deelnemers met een juist antwoord.`
    : "Er is geen vraag te beantwoorden."
  const minors =
    f.minimum_age !== null && f.minimum_age >= 18
      ? "Deelname is alleen toegestaan vanaf 18 jaar."
      : `Minderjarigen${f.minimum_age ? ` vanaf ${f.minimum_age} jaar` : ""} mogen alleen meedoen met toestemming van een ouder of voogd; bij deelname bevestigen zij die toestemming.`
  const tax =
    f.gambling_tax === "paid_by_organiser"
      ? "De organisator draagt de verschuldigde kansspelbelasting af; de winnaar betaalt die niet."
      : "Over de prijzen is geen kansspelbelasting verschuldigd (geen prijs boven de vrijstelling)."
  return [
    `Actievoorwaarden "${f.title}"`,
    `1. Organisator: ${f.organiser}. Deze actie promoot: ${f.promoted_product}.`,
    `2. Looptijd: van ${date(f.starts_at, "nl")} tot ${date(f.ends_at, "nl")} (Nederlandse tijd). Inzendingen na het einde tellen niet mee.`,
    `3. Deelnemen: met een klantaccount, via het deelnameformulier; één keer per persoon. ${skill} Deelname is gratis${f.entry_cost > 0 ? ` afgezien van communicatiekosten van ${money(f.entry_cost)}` : ""}; er is geen aankoop nodig.`,
    `4. Prijzen (totale waarde ${money(totalPrizeValue(f))}):\n${prizeLines(f)}\nPrijzen zijn niet inwisselbaar voor geld.`,
    `5. Winnaars: ${f.winner_count} winnaar(s) worden op ${date(f.draw_at, "nl")} door loting aangewezen met een controleerbare trekking (vastgelegde seed, lijst van deelnemers met hash, gepubliceerd algoritme); een persoon kan één prijs winnen. Winnaars krijgen bericht per e-mail en claimen hun prijs binnen ${f.claim_days} dagen; daarna wordt de prijs opnieuw verloot onder de overige deelnemers, in een afzonderlijk vastgelegde trekking.`,
    `6. Aantal trekkingen: één hoofdtrekking, plus een hertrekking per niet-geclaimde prijs.`,
    `7. Bekendmaking: ${f.announcement} De winnaarslijst toont alleen wat een winnaar zelf heeft toegestaan (bijvoorbeeld voornaam en woonplaats, of niets).`,
    `8. Minderjarigen: ${minors}`,
    `9. Kansspelbelasting: ${tax}`,
    `10. Klachten: ${f.complaints_contact}. Klachten worden binnen vier weken beantwoord.`,
    `11. Deze voorwaarden staan op ${f.terms_url} en zijn kosteloos op te vragen bij de organisator.`,
    `12. De organisator houdt zich aan de Gedragscode Promotionele Kansspelen 2014. Persoonsgegevens worden alleen gebruikt om de actie uit te voeren, de winnaars bekend te maken en de respons te meten; inzendingen die niet winnen worden na de laatste trekking verwijderd.`,
  ].join("\n\n")
}

function renderEn(f: ContestFields) {
  const skill = f.skill_question
    ? `Answer the question: "${f.skill_question}". This is a prize contest: winners are drawn from the entrants with a correct answer.`
    : "There is no question to answer."
  const minors =
    f.minimum_age !== null && f.minimum_age >= 18
      ? "Only persons aged 18 or over may enter."
      : `Minors${f.minimum_age ? ` aged ${f.minimum_age} or over` : ""} may only enter with the consent of a parent or guardian, which they confirm when entering.`
  const tax =
    f.gambling_tax === "paid_by_organiser"
      ? "The organiser pays any gambling tax (kansspelbelasting) due; the winner does not."
      : "No gambling tax (kansspelbelasting) is due on the prizes (no prize above the exemption)."
  return [
    `Terms and conditions "${f.title}"`,
    `1. Organiser: ${f.organiser}. This promotion promotes: ${f.promoted_product}.`,
    `2. Period: from ${date(f.starts_at, "en")} to ${date(f.ends_at, "en")} (Amsterdam time). Entries after the end do not count.`,
    `3. How to enter: with a customer account, through the entry form; once per person. ${skill} Entry is free${f.entry_cost > 0 ? ` apart from communication costs of ${money(f.entry_cost)}` : ""}; no purchase is necessary.`,
    `4. Prizes (total value ${money(totalPrizeValue(f))}):\n${prizeLines(f).replace(/per stuk/g, "each")}\nPrizes cannot be exchanged for cash.`,
    `5. Winners: ${f.winner_count} winner(s) are drawn by lot on ${date(f.draw_at, "en")} in a verifiable draw (committed seed, hashed entrant list, published algorithm); one person can win one prize. Winners are told by e-mail and claim their prize within ${f.claim_days} days; after that the prize is drawn again among the other entrants, in a separately recorded drawing.`,
    `6. Number of draws: one main draw, plus one redraw per unclaimed prize.`,
    `7. Announcement: ${f.announcement} The winners list shows only what a winner agreed to (for example first name and town, or nothing).`,
    `8. Minors: ${minors}`,
    `9. Gambling tax: ${tax}`,
    `10. Complaints: ${f.complaints_contact}. Complaints are answered within four weeks.`,
    `11. These terms are published at ${f.terms_url} and are available free of charge from the organiser.`,
    `12. The organiser complies with the Dutch Code of Conduct for Promotional Games of Chance 2014 (Gedragscode Promotionele Kansspelen). Personal data is used only to run the promotion, announce the winners and measure response; non-winning entries are deleted after the final draw.`,
  ].join("\n\n")
}
