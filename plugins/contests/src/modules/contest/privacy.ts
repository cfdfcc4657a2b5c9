import { Context } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { EntryRow, PersonalDataDescriptor, PrivacySubject, SubjectDataExport, SubjectErasureResult, WinnerRow } from "./types"

/**
 * What the privacy half needs of the module service (its query builder and its clock). A structural
 * type, so this file does not import the service that imports it (no import cycle).
 */
export type ContestStore = {
  db_(ctx: Context): (table: string) => any
  now(): Date
}

const ENTRY = "contest_entry"
const WINNER = "contest_winner"
const plain = <T>(rows: T[]): Record<string, unknown>[] => JSON.parse(JSON.stringify(rows))
const idsOf = (subjects: PrivacySubject[]) => [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]

/**
 * The privacy contract of the contest module (plugins/privacy/README.md). Entries
 * are tied to customer accounts only, so an e-mail alone finds nothing. Export
 * and erasure read the same rows (rowsOf).
 */
export const contestPrivacy = {
  descriptor(): PersonalDataDescriptor {
    return {
      module: "contest",
      entities: [
        {
          entity: "contest_entry",
          personal_fields: ["customer_id", "skill_answer", "age_confirmation", "public_first_name", "public_town", "newsletter_opt_in_requested"],
          description: "Contest entries with the terms version consented to and what a winner agreed to have shown.",
        },
        { entity: "contest_winner", personal_fields: ["customer_id"], description: "Prizes won and their claim status." },
      ],
    }
  },

  async rowsOf(service: ContestStore, ctx: Context, ids: string[]): Promise<{ entries: EntryRow[]; winners: WinnerRow[] }> {
    if (!ids.length) return { entries: [] as EntryRow[], winners: [] as WinnerRow[] }
    const db = service.db_(ctx)
    const entries: EntryRow[] = await db(ENTRY).whereIn("customer_id", ids).whereNull("deleted_at").orderBy("created_at")
    const winners: WinnerRow[] = await db(WINNER).whereIn("customer_id", ids).orderBy("created_at")
    return { entries, winners }
  },

  async export(service: ContestStore, ctx: Context, subject: PrivacySubject): Promise<SubjectDataExport> {
    const { entries, winners } = await contestPrivacy.rowsOf(service, ctx, idsOf([subject]))
    return {
      module: "contest",
      entities: {
        contest_entry: plain(entries),
        contest_consent: plain(
          entries.map((e) => ({
            entry_id: e.id,
            contest_id: e.contest_id,
            terms_id: e.terms_id,
            terms_version: e.terms_version,
            terms_hash: e.terms_hash,
            consented_at: e.consented_at,
            newsletter_opt_in_requested: e.newsletter_opt_in_requested,
            publicity: e.publicity,
          }))
        ),
        contest_winner: plain(winners),
      },
    }
  },

  /** Non-winning entries are deleted; winning ones are anonymised (prize, round and position stay). Idempotent. */
  async erase(service: ContestStore, ctx: Context, subjects: PrivacySubject[]): Promise<SubjectErasureResult> {
    const { entries, winners } = await contestPrivacy.rowsOf(service, ctx, idsOf(subjects))
    const winning = new Set(winners.map((w) => w.entry_id))
    const losing = entries.filter((e) => !winning.has(e.id)).map((e) => e.id)
    const erased = losing.length ? await service.db_(ctx)(ENTRY).whereIn("id", losing).delete() : 0
    const anonymized = await contestPrivacy.anonymizeWinners(service, ctx, winners)
    return { module: "contest", erased: { contest_entry: erased }, anonymized: { contest_winner: anonymized } }
  },

  /** Cuts winners (and their entries) loose from the customer: one opaque token per entry. */
  async anonymizeWinners(service: ContestStore, ctx: Context, winners: WinnerRow[]): Promise<number> {
    const db = service.db_(ctx)
    const now = service.now()
    for (const w of winners) {
      await db(ENTRY)
        .where({ id: w.entry_id })
        .update({
          customer_id: generateEntityId(undefined, "anon"),
          skill_answer: null,
          public_first_name: null,
          public_town: null,
          publicity: "none",
          anonymized_at: now,
        })
      await db(WINNER).where({ id: w.id }).update({ customer_id: null, anonymized_at: now })
    }
    return winners.length
  },
}
