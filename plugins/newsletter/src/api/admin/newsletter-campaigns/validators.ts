import { z } from "@medusajs/framework/zod"

import { fieldsParam, paging } from "../newsletter-subscriptions/validators"
import { listCampaignsQueryConfig } from "./query-config"

export const AdminListCampaigns = z
  .object({ ...paging(20, 100), fields: fieldsParam(listCampaignsQueryConfig.allowed), order: z.enum(["created_at", "-created_at"]).optional() })
  .strict()

// A schedule more than a year ahead is a typo, not a plan.
const MAX_AHEAD_MS = 366 * 86400_000
const sendAt = z.coerce
  .date({ error: "send_at must be an ISO date" })
  .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() > Date.now(), { error: "send_at must be in the future" })
  .refine((d) => d.getTime() < Date.now() + MAX_AHEAD_MS, { error: "send_at must be within a year" })

const content = {
  subject: z.string().trim().min(1).max(200),
  html: z.string().min(1).max(500_000),
  text: z.string().min(1).max(200_000),
  /** The Markdown source the admin's editor rendered html and text from; kept so the draft stays editable. */
  markdown: z.string().max(200_000).nullable().optional(),
}

export const AdminCreateCampaign = z.object({ ...content, send_at: sendAt.nullable().optional() }).strict()
export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>

/** Edits a draft; `send_at: null` unschedules it. */
export const AdminUpdateCampaign = z
  .object({
    subject: content.subject.optional(),
    html: content.html.optional(),
    text: content.text.optional(),
    markdown: content.markdown,
    send_at: sendAt.nullable().optional(),
  })
  .strict()
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>

export const AdminTestCampaign = z.object({ email: z.string().trim().email().max(254), locale: z.enum(["nl", "en"]).optional() }).strict()
export type AdminTestCampaignType = z.infer<typeof AdminTestCampaign>
