import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import * as deliveries from "./delivery-repository"
import type { NewsletterDeps } from "./deps"
import { knexOf } from "./subscription-repository"

/**
 * Freezes the audience under the campaign's row lock: one queued delivery per
 * subscription confirmed now (and not suppressed). The unique (campaign, subscription) pair makes this idempotent.
 */
export async function startCampaign({ data, clock }: NewsletterDeps, campaignId: string, ctx: Context) {
  const knex = knexOf(ctx)
  const campaign = await knex("newsletter_campaign").where({ id: campaignId }).whereNull("deleted_at").forUpdate().first()
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${campaignId} was not found`)
  if (campaign.status !== "draft") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Campaign ${campaignId} is already ${campaign.status}`)
  }
  const now = clock.now()
  await deliveries.freezeAudience(knex, campaignId, now)
  return await data.updateCampaigns({ id: campaignId, status: "sending", started_at: now }, ctx)
}

/** Compensation of startCampaign: the queued audience goes and the campaign is a draft again. */
export async function revertCampaignStart({ clock }: NewsletterDeps, campaignId: string, ctx: Context) {
  const knex = knexOf(ctx)
  await knex("newsletter_campaign").where({ id: campaignId }).forUpdate().first()
  // The resume job may already have claimed rows of a "sending" campaign: then it stays sending, never mailing twice.
  if (!(await deliveries.unfreezeAudience(knex, campaignId))) return
  await knex("newsletter_campaign").where({ id: campaignId }).update({ status: "draft", started_at: null, updated_at: clock.now() })
}
