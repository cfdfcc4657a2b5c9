import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import type { ClaimedDelivery, DeliveryResult as Result } from "../modules/newsletter/types"
import { campaignNotification } from "./mails"

export type { ClaimedDelivery }
type Keyed = { idempotency_key?: string | null }

/** The idempotency key of one campaign mail: the business fact "campaign X to subscription Y". */
export function deliveryKey(campaignId: string, subscriptionId: string) {
  return `newsletter.campaign:${campaignId}:${subscriptionId}`
}

/**
 * The key of one attempt: the delivery key for the first claim, its own key for a later claim (the row's worker
 * died). Medusa's notification module never sends a key twice, so a retry of a mail that was in flight at the
 * crash (its record still `pending`) needs a key of its own.
 */
export function attemptKey(campaignId: string, subscriptionId: string, attempt: number) {
  const key = deliveryKey(campaignId, subscriptionId)
  return attempt > 1 ? `${key}:attempt-${attempt}` : key
}

const CHUNK = 50

/**
 * Sends a sending campaign in claimed batches until nothing is left (or
 * `maxBatches` ran). Safe to run in several workers at once and to kill at any
 * moment: the delivery rows are the truth a later run resumes from.
 */
export async function runCampaign(container: MedusaContainer, campaignId: string, opts: { maxBatches?: number } = {}) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: campaignId })
  if (!campaign || campaign.status !== "sending") return
  const { batchSize } = newsletter.getOptions().campaign
  for (let n = 0; opts.maxBatches === undefined || n < opts.maxBatches; n++) {
    const claimed = await newsletter.claimDeliveries(campaignId, batchSize)
    if (!claimed.length) break
    await newsletter.finishDeliveries(await sendClaimed(container, campaign, claimed))
  }
  await newsletter.completeCampaignIfDone(campaignId)
}

/**
 * Sends the claimed deliveries and reports each one's outcome. A row claimed before (its worker died) is first
 * checked against the notification records of its earlier attempts: delivered → sent; failed → failed; still
 * `pending` (the mail was in flight when the worker died) or none → sent again under the attempt's own key.
 * Each mail is its own notification call, so its record turns `success` right after the SMTP server accepted
 * it: a kill can double only a mail accepted in the moment before that write (at most one duplicate per mail in
 * flight), and never loses one.
 */
export async function sendClaimed(
  container: MedusaContainer,
  campaign: { id: string; subject: string; html: string; text: string },
  claimed: ClaimedDelivery[]
): Promise<Result[]> {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const results: Result[] = []
  const key = (d: ClaimedDelivery) => attemptKey(campaign.id, d.subscription_id, d.attempts)

  let todo = claimed
  const retried = claimed.filter((d) => d.attempts > 1)
  if (retried.length) {
    const earlier = (d: ClaimedDelivery) => Array.from({ length: d.attempts - 1 }, (_, i) => attemptKey(campaign.id, d.subscription_id, i + 1))
    const known = await notifications.listNotifications({ idempotency_key: retried.flatMap(earlier) } as any, {
      select: ["idempotency_key", "status"],
    })
    const byKey = new Map(known.map((n) => [(n as Keyed).idempotency_key, n.status]))
    todo = []
    for (const d of claimed) {
      const statuses = d.attempts > 1 ? earlier(d).map((k) => byKey.get(k)) : []
      if (statuses.includes("success")) results.push({ id: d.id, status: "sent" })
      else if (statuses.includes("failure")) results.push({ id: d.id, status: "failed", error: "previous attempt ended as failure" })
      else todo.push(d)
    }
  }

  const subs = todo.length ? await newsletter.listSubscriptions({ id: todo.map((d) => d.subscription_id) }) : []
  const byId = new Map(subs.map((s) => [s.id, s]))
  const sendable: ClaimedDelivery[] = []
  for (const d of todo) {
    const sub = byId.get(d.subscription_id)
    // Unsubscribed or erased since the send started: never mail them.
    if (!sub || sub.status !== "subscribed" || !sub.email) results.push({ id: d.id, status: "skipped" })
    else sendable.push(d)
  }

  for (let i = 0; i < sendable.length; i += CHUNK) {
    const chunk = sendable.slice(i, i + CHUNK)
    await Promise.all(
      chunk.map(async (d) => {
        const sub = byId.get(d.subscription_id)!
        try {
          await notifications.createNotifications([campaignNotification(newsletter, campaign, { ...sub, email: sub.email! }, key(d))])
        } catch {
          // A failed send: its notification row below says so.
        }
      })
    )
    const rows = await notifications.listNotifications({ idempotency_key: chunk.map(key) } as any, {
      select: ["idempotency_key", "status"],
    })
    const byKey = new Map(rows.map((n) => [(n as Keyed).idempotency_key, n.status]))
    for (const d of chunk) {
      const status = byKey.get(key(d))
      results.push(status === "success" ? { id: d.id, status: "sent" } : { id: d.id, status: "failed", error: `notification ${status ?? "missing"}` })
    }
  }
  return results
}
