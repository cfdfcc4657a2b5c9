import { Transport } from "../client"
import {
  ConfirmResponse,
  ConsentTextResponse,
  MySubscriptionResponse,
  NewsletterLocale,
  SubscribeBody,
  SubscribeResponse,
  UnsubscribeResponse,
  UpdateMySubscriptionBody,
} from "../schemas/newsletter"

/** Newsletter with double opt-in (`@softshop/medusa-newsletter`). */
export function newsletter(t: Transport) {
  return {
    /** `GET /store/newsletter-consent-texts?locale=`: the text the form must show; send its id with `subscribe`. */
    consentText: (locale: NewsletterLocale = "nl") =>
      t.request("GET /store/newsletter-consent-texts", "/store/newsletter-consent-texts", ConsentTextResponse, {
        query: { locale },
      }),
    /** `POST /store/newsletter-subscriptions`: sends the confirmation mail (same answer whether or not already subscribed). */
    subscribe: (body: SubscribeBody) =>
      t.request("POST /store/newsletter-subscriptions", "/store/newsletter-subscriptions", SubscribeResponse, {
        method: "POST",
        body,
      }),
    /** `GET /store/newsletter-subscriptions/me` (customer). */
    mine: () => t.request("GET /store/newsletter-subscriptions/me", "/store/newsletter-subscriptions/me", MySubscriptionResponse),
    /** `POST /store/newsletter-subscriptions/me` (customer): subscribe (double opt-in) or unsubscribe the account's address. */
    updateMine: (body: UpdateMySubscriptionBody) =>
      t.request("POST /store/newsletter-subscriptions/me", "/store/newsletter-subscriptions/me", MySubscriptionResponse, {
        method: "POST",
        body,
      }),
    /** `POST /store/newsletter-subscriptions/confirm`: the token of the mail's confirm link; answers the outcome. */
    confirm: (token: string) =>
      t.request("POST /store/newsletter-subscriptions/confirm", "/store/newsletter-subscriptions/confirm", ConfirmResponse, {
        method: "POST",
        body: { token },
      }),
    /** `POST /store/newsletter-subscriptions/unsubscribe`: the token of an unsubscribe link (no login). */
    unsubscribe: (token: string) =>
      t.request("POST /store/newsletter-subscriptions/unsubscribe", "/store/newsletter-subscriptions/unsubscribe", UnsubscribeResponse, {
        method: "POST",
        body: { token },
      }),
  }
}
