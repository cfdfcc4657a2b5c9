import { MedusaContainer } from "@medusajs/framework/types"
import PrivacyModuleService from "../modules/privacy/service"

export const CATEGORIES = ["necessary", "analytics", "marketing"] as const
export type ConsentCategory = (typeof CATEGORIES)[number]
type Category = ConsentCategory

export async function currentPolicyText(container: MedusaContainer, kind: "cookies" | "privacy_statement", locale?: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const filter: Record<string, unknown> = { kind }
  if (locale) filter.locale = locale
  const [text] = await privacy.listPolicyTexts(filter, { order: { published_at: "DESC" }, take: 1 })
  return text ?? null
}

/**
 * The current consent state of a visitor (and the logged-in customer): the latest record per
 * category wins; a category never chosen or withdrawn reads as denied; necessary is always granted.
 */
export async function readConsent(container: MedusaContainer, visitor: { visitor_id: string; key: string }, customerId?: string) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  // Records are keyed by the random part of the signed, server-issued visitor id.
  const or: Record<string, string>[] = [{ visitor_id: visitor.key }]
  if (customerId) or.push({ customer_id: customerId })
  const records = await privacy.listConsentRecords({ $or: or } as any, { order: { recorded_at: "DESC", id: "DESC" } as any, take: 200 })
  const categories = {} as Record<Category, { granted: boolean; policy_text_version: string | null; recorded_at: string | null }>
  for (const category of CATEGORIES) {
    const latest = records.find((r) => r.category === category)
    categories[category] = {
      granted: category === "necessary" ? true : (latest?.granted ?? false),
      policy_text_version: latest?.policy_text_version ?? null,
      recorded_at: latest ? new Date(latest.recorded_at).toISOString() : null,
    }
  }
  return { visitor_id: visitor.visitor_id, customer_id: customerId ?? null, categories }
}
