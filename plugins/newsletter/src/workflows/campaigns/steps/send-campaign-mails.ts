import { CreateNotificationDTO, INotificationModuleService, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { ClaimedDelivery, DeliveryResult as Result } from "../../../modules/newsletter/types"
import { attemptKey } from "../../../utils/campaign-keys"
import { campaignNotification } from "../../../utils/mails"

type Keyed = { idempotency_key?: string | null }
type Claimed = Pick<ClaimedDelivery, "id" | "subscription_id" | "attempts">

export type SendCampaignMailsInput = { campaign_id: string; claimed: Claimed[]; calls_in_flight?: number }

/**
 * Side effect: the mails of one claimed batch, through Medusa's notification module; returns each delivery's
 * outcome (ids and statuses only: no address reaches the workflow's checkpoints). No compensation: a sent mail
 * cannot be taken back, and its notification record (by idempotency key) keeps a retry from sending it again.
 */
export const sendCampaignMailsStep = createStep("newsletter-send-campaign-mails", async (input: SendCampaignMailsInput, { container }) => {
  if (!input.claimed.length) return new StepResponse([] as Result[])
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: input.campaign_id }, { select: ["id", "subject", "html", "text"] })
  return new StepResponse(await sendClaimed(container, campaign, input.claimed, input.calls_in_flight))
})

/**
 * Sends the claimed deliveries and reports each one's outcome. A row claimed before (its worker died) is first
 * checked against the notification records of its earlier attempts: delivered → sent; failed → failed; still
 * `pending` (the mail was in flight when the worker died) or none → sent again under the attempt's own key.
 *
 * Mails go out as notification calls of `mailsPerCall` mails, `callsInFlight` calls at a time (a sliding window,
 * so the transport's connections never wait for the slowest mail of a chunk). Medusa's notification module writes
 * a call's rows `pending` before sending and their statuses after the whole call: a kill mid-call never loses a
 * mail (the retry sends it), and can double at most the mails of the calls in flight that the SMTP server had
 * already accepted. With `mailsPerCall: 1` each mail's record turns `success` right after the server accepted it.
 */
export async function sendClaimed(
  container: MedusaContainer,
  campaign: { id: string; subject: string; html: string; text: string },
  claimed: Claimed[],
  callsInFlight = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).getOptions().campaign.callsInFlight
): Promise<Result[]> {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const results: Result[] = []
  const key = (d: Claimed) => attemptKey(campaign.id, d.subscription_id, d.attempts)

  let todo = claimed
  const retried = claimed.filter((d) => d.attempts > 1)
  if (retried.length) {
    const earlier = (d: Claimed) => Array.from({ length: d.attempts - 1 }, (_, i) => attemptKey(campaign.id, d.subscription_id, i + 1))
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

  const subs = todo.length
    ? await newsletter.listSubscriptions({ id: todo.map((d) => d.subscription_id) }, { select: ["id", "email", "status", "locale", "token_version"] })
    : []
  const byId = new Map(subs.map((s) => [s.id, s]))
  const sendable: Claimed[] = []
  for (const d of todo) {
    const sub = byId.get(d.subscription_id)
    // Unsubscribed or erased since the send started: never mail them.
    if (!sub || sub.status !== "subscribed" || !sub.email) results.push({ id: d.id, status: "skipped" })
    else sendable.push(d)
  }

  const { mailsPerCall } = newsletter.getOptions().campaign
  const calls: Claimed[][] = []
  for (let i = 0; i < sendable.length; i += mailsPerCall) calls.push(sendable.slice(i, i + mailsPerCall))
  let next = 0
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]
      const statuses = await sendCall(
        notifications,
        call.map((d) => campaignNotification(newsletter, campaign, mailable(byId.get(d.subscription_id)!), key(d)))
      )
      for (const d of call) {
        const status = statuses.get(key(d))
        results.push(status === "success" ? { id: d.id, status: "sent" } : { id: d.id, status: "failed", error: `notification ${status ?? "missing"}` })
      }
    }
  }
  // Every call settles before an error leaves: the claim step's compensation must not release rows still in flight.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(callsInFlight, calls.length) }, worker))
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")
  if (failed) throw failed.reason
  return results
}

const mailable = (sub: { id: string; email: string | null; locale: string; token_version: number }) => ({ ...sub, email: sub.email! })

/**
 * One notification call; the status of each of its keys. The call's own answer is used when it holds every key;
 * a failed mail makes the call throw after Medusa wrote every status, so then (and for keys sent before) the
 * records are read back.
 */
async function sendCall(notifications: INotificationModuleService, batch: (CreateNotificationDTO & Keyed)[]): Promise<Map<string | null | undefined, string>> {
  let answered: (NotificationDTO & Keyed)[] = []
  try {
    answered = (await notifications.createNotifications(batch)) as (NotificationDTO & Keyed)[]
  } catch {
    // A failed send: its notification row says so (read below).
  }
  const statuses = new Map(answered.map((n) => [n.idempotency_key, n.status as string]))
  if (batch.every((n) => statuses.get(n.idempotency_key) === "success")) return statuses
  const rows = await notifications.listNotifications({ idempotency_key: batch.map((n) => n.idempotency_key!) } as any, {
    select: ["idempotency_key", "status"],
  })
  return new Map(rows.map((n) => [(n as Keyed).idempotency_key, n.status as string]))
}
