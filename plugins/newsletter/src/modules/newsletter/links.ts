import { hmac, normalizeEmail, safeEqual } from "../../utils/crypto"
import type { ResolvedNewsletterOptions } from "./options"

type Linkable = { id: string; token_version: number }

/**
 * Tokens and the links built from them. Unsubscribe tokens are opaque, signed and
 * long-lived (`<subscription id>.<hmac>`, a changed address rotates them);
 * confirmation tokens are random and stored only as a keyed hash.
 */
export class NewsletterLinks {
  constructor(protected readonly options_: ResolvedNewsletterOptions) {}

  /** The salted hash an address is kept as (evidence, suppression list, erased tombstones). */
  hashEmail(email: string) {
    return hmac(this.options_.hashSalt ?? `salt:${this.options_.secret}`, normalizeEmail(email))
  }

  /** The stored form of a confirmation token. */
  confirmTokenHash(token: string) {
    return hmac(this.options_.secret, `confirm:${token}`)
  }

  unsubscribeToken(sub: Linkable) {
    return `${sub.id}.${hmac(this.options_.secret, `unsubscribe:${sub.id}:${sub.token_version}`)}`
  }

  /** The subscription id a token claims, when it looks like one; verify with `isUnsubscribeToken`. */
  subscriptionIdOf(token: string) {
    const [id] = token.split(".")
    return id?.startsWith("nlsub_") ? id : null
  }

  isUnsubscribeToken(sub: Linkable, token: string) {
    return safeEqual(this.unsubscribeToken(sub), token)
  }

  /** This server's one-click endpoint (the List-Unsubscribe target). */
  unsubscribeUrl(sub: Linkable) {
    return `${this.options_.publicUrl}/newsletter/unsubscribe?token=${encodeURIComponent(this.unsubscribeToken(sub))}`
  }

  /** The unsubscribe link shown in a mail's footer: the storefront's page when `pagesUrl` is set. */
  unsubscribePageUrl(sub: Linkable) {
    return `${this.pagesBase()}/newsletter/unsubscribe?token=${encodeURIComponent(this.unsubscribeToken(sub))}`
  }

  confirmUrl(token: string) {
    return `${this.pagesBase()}/newsletter/confirm?token=${encodeURIComponent(token)}`
  }

  protected pagesBase() {
    return this.options_.pagesUrl ?? this.options_.publicUrl
  }
}
