import { z } from "@medusajs/framework/zod"

import { paging } from "../newsletter-subscriptions/validators"

export const AdminListCampaigns = z
  .object({ ...paging(20, 100), order: z.enum(["created_at", "-created_at"]).optional() })
  .strict()

export const AdminCreateCampaign = z
  .object({
    subject: z.string().trim().min(1).max(200),
    html: z.string().min(1).max(500_000),
    text: z.string().min(1).max(200_000),
  })
  .strict()
export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>

export const AdminUpdateCampaign = AdminCreateCampaign.partial().strict()
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>

export const AdminTestCampaign = z
  .object({ email: z.string().trim().email().max(254), locale: z.enum(["nl", "en"]).default("nl") })
  .strict()
export type AdminTestCampaignType = z.infer<typeof AdminTestCampaign>
