import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewsOf } from "../../../modules/review/resolve"

export function customerIdOf(req: AuthenticatedMedusaRequest) {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to do this")
  return id
}

export function salesChannelIdsOf(req: MedusaRequest) {
  return (req as any).publishable_key_context?.sales_channel_ids ?? []
}

const ID = /^[A-Za-z0-9_-]{1,100}$/

/** Path ids that cannot exist (NUL bytes, 1 MB strings) answer 404 before they reach a query. */
export function guardIdParams(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const key of ["id", "photo_id"]) {
    const v = req.params?.[key]
    if (v !== undefined && !ID.test(v)) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `${key === "id" ? "Review" : "Photo"} was not found`))
  }
  next()
}

/** Dotted query keys (which Medusa's query parser answers with a 500 when deep) are not part of any review route. */
export function guardQueryKeys(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const bad = Object.keys(req.query ?? {}).find((k) => k.includes("."))
  if (bad) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Unrecognized query parameter: ${bad.slice(0, 50)}`))
  next()
}

/** The shop's configured length limits, on top of the validators' hard maximums. */
export function checkLengths(req: MedusaRequest, body: { title?: string | null; body?: string | null }) {
  const o = reviewsOf(req.scope).getOptions()
  if (body.title && body.title.length > o.titleMaxLength)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `title must be at most ${o.titleMaxLength} characters`)
  if (body.body && body.body.length > o.bodyMaxLength)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `body must be at most ${o.bodyMaxLength} characters`)
}

/** The language of texts for this request: Medusa's `?locale=` / `x-medusa-locale` (req.locale), else the plugin's default. */
export function localeOf(req: MedusaRequest): "nl" | "en" {
  const l = String((req as any).locale ?? "").toLowerCase()
  if (l.startsWith("en")) return "en"
  if (l.startsWith("nl")) return "nl"
  return reviewsOf(req.scope).getOptions().locale
}
