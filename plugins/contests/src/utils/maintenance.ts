import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { contestOf } from "../modules/contest/resolve"
import { anonymizeOldContestWinnersWorkflow } from "../workflows/contests/anonymize-old-winners"
import { deleteNonWinningContestEntriesWorkflow } from "../workflows/contests/delete-non-winning-entries"
import { drawContestWorkflow } from "../workflows/contests/draw-contest"
import { expireContestClaimsWorkflow } from "../workflows/contests/expire-claims"

export type MaintenanceResult = { drawn: number; expired: number; redrawn: number; entries_deleted: number; winners_anonymized: number }

const isConflict = (e: unknown) => (e as MedusaError)?.type === MedusaError.Types.CONFLICT || (e as MedusaError)?.type === MedusaError.Types.NOT_ALLOWED

/**
 * One maintenance pass: draws contests whose draw time has come, expires claims
 * past their deadline and redraws them, deletes non-winning entries after the
 * retention window and anonymises old winner records. Every part is a locked,
 * idempotent transition, so a pass killed half-way is finished by the next one,
 * and the lock keeps a second process out. Every write is a workflow: `contests-draw-contest`,
 * `contests-expire-claims`, `contests-delete-non-winning-entries`, `contests-anonymize-old-winners`.
 */
export async function runContestMaintenance(container: MedusaContainer): Promise<MaintenanceResult> {
  const result: MaintenanceResult = { drawn: 0, expired: 0, redrawn: 0, entries_deleted: 0, winners_anonymized: 0 }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = async () => {
    const service = contestOf(container)
    const draw = async (id: string, kind: "draw" | "redraw") => {
      try {
        await drawContestWorkflow(container).run({ input: { contest_id: id, actor: "system:contests-maintenance", kind } })
        return 1
      } catch (e) {
        if (!isConflict(e)) logger.warn(`contests: ${kind} of ${id} failed (${(e as Error).message})`)
        return 0
      }
    }
    for (const id of await service.listDrawDue()) result.drawn += await draw(id, "draw")
    result.expired = (await expireContestClaimsWorkflow(container).run({ input: { limit: 200 } })).result.expired
    for (const id of await service.listRedrawDue()) result.redrawn += await draw(id, "redraw")
    result.entries_deleted = (await deleteNonWinningContestEntriesWorkflow(container).run({ input: { limit: 50 } })).result.entries
    result.winners_anonymized = (await anonymizeOldContestWinnersWorkflow(container).run({ input: { limit: 200 } })).result
  }
  await container.resolve(Modules.LOCKING).execute("contests:maintenance", run, { timeout: 60 })
  return result
}
