import type { Context } from "@medusajs/framework/types"
import type { NewsletterDeps } from "./deps"
import type { ConsentAction, RequestContext, SubscriptionChange, SubscriptionDTO } from "./types"

type Extra = { text?: { id: string | null; hash: string | null }; note?: string; change?: SubscriptionChange }

/** Appends a row to the append-only consent ledger (recorded on `change` for an exact undo). */
export async function appendConsentEvent(
  { data, clock }: NewsletterDeps,
  sub: SubscriptionDTO,
  action: ConsentAction,
  meta: RequestContext,
  ctx: Context,
  extra: Extra = {}
) {
  const event = await data.createConsentEvents(
    {
      subscription_id: sub.id,
      email_hash: sub.email_hash,
      action,
      legal_basis: sub.legal_basis,
      occurred_at: clock.now(),
      source: meta.source ?? null,
      locale: meta.locale ?? null,
      ip: meta.ip ?? null,
      user_agent: meta.user_agent?.slice(0, 500) ?? null,
      consent_text_id: extra.text?.id ?? null,
      consent_text_hash: extra.text?.hash ?? null,
      note: extra.note ?? null,
    },
    ctx
  )
  extra.change?.event_ids.push(event.id)
}

/** The latest subscribe request of a subscription: which consent text the person saw. */
export async function latestRequest({ data }: NewsletterDeps, subscriptionId: string, ctx: Context = {}) {
  const [request] = await data.listConsentEvents(
    { subscription_id: subscriptionId, action: ["requested", "resubscribed"] },
    { order: { occurred_at: "DESC" }, take: 1 },
    ctx
  )
  return request ?? null
}
