import { createHmac, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import { sameString } from "./tokens"

/**
 * Server-issued visitor ids for the consent ledger: `<id>.<signature>` where `id` is 22 random base64url
 * characters and `signature` the HMAC-SHA256 (plugin secret) of `visitor:<id>`, 43 base64url characters.
 * Only the shop can issue one, so knowing or guessing another visitor's id is not enough to read or
 * overwrite their consent. Records are keyed by the `id` part.
 */
export const VISITOR_ID_FORMAT = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/

const signatureOf = (privacy: PrivacyModuleService, id: string) => createHmac("sha256", privacy.getOptions().secret).update(`visitor:${id}`).digest("base64url")

export function issueVisitorId(privacy: PrivacyModuleService): { visitor_id: string; key: string } {
  const key = randomBytes(16).toString("base64url")
  return { visitor_id: `${key}.${signatureOf(privacy, key)}`, key }
}

/** The record key of a visitor id this shop issued (exact spelling), else null. */
export function visitorKeyOf(privacy: PrivacyModuleService, visitorId: string): string | null {
  if (typeof visitorId !== "string" || !VISITOR_ID_FORMAT.test(visitorId)) return null
  const [key, sig] = visitorId.split(".")
  return sameString(sig, signatureOf(privacy, key)) ? key : null
}

/**
 * The visitor of a consent request: the given id when this shop signed it (400 otherwise, naming the
 * field), or a newly issued one when none was sent.
 */
export function resolveVisitor(privacy: PrivacyModuleService, given: string | undefined): { visitor_id: string; key: string; issued: boolean } {
  if (given === undefined) return { ...issueVisitorId(privacy), issued: true }
  const key = visitorKeyOf(privacy, given)
  if (!key) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "visitor_id: not a visitor id issued by this shop; omit visitor_id to get a new one")
  }
  return { visitor_id: given, key, issued: false }
}
