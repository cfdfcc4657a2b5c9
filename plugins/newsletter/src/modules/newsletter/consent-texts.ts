import type { Context } from "@medusajs/framework/types"
import { sha256 } from "../../utils/crypto"
import type { NewsletterDeps } from "./deps"
import { advisoryLock, knexOf } from "./subscription-repository"

/** The newest version of the consent text of a locale, or null. */
export async function currentConsentText({ data }: NewsletterDeps, locale: string, ctx: Context) {
  const [text] = await data.listConsentTexts({ locale }, { order: { version: "DESC" }, take: 1 }, ctx)
  return text ?? null
}

/** Adds a new version under the locale's lock; earlier versions stay, because ledger rows point at them. */
export async function publishConsentText(deps: NewsletterDeps, input: { locale: string; body: string }, ctx: Context) {
  await advisoryLock(knexOf(ctx), `nltxt:${input.locale}`)
  const current = await currentConsentText(deps, input.locale, ctx)
  return await deps.data.createConsentTexts({ locale: input.locale, body: input.body, version: (current?.version ?? 0) + 1, hash: sha256(input.body) }, ctx)
}
