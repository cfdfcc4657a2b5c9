import { Transport } from "../client"
import { ListPaymentMethodsResponse, MultiSafepaySession, MultiSafepaySessionData } from "../schemas/multisafepay"

/** MultiSafepay payments (`@softshop/medusa-payment-multisafepay`). */
export function multisafepay(t: Transport) {
  return {
    /** `GET /store/multisafepay/payment-methods?cart_id=`: the methods MultiSafepay offers for the cart. */
    paymentMethods: (cartId: string) =>
      t.request("GET /store/multisafepay/payment-methods", "/store/multisafepay/payment-methods", ListPaymentMethodsResponse, {
        query: { cart_id: cartId },
      }),
    /**
     * Starts paying a cart with MultiSafepay: creates the payment collection and a session for the chosen
     * gateway (Medusa's own routes) and answers with the hosted payment page to redirect to.
     */
    startPayment: async (cartId: string, data: MultiSafepaySessionData = {}, providerId = "pp_multisafepay_multisafepay") => {
      const { payment_collection } = await t.sdk.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
        method: "POST",
        body: { cart_id: cartId },
      })
      const res = await t.sdk.fetch<{
        payment_collection: { id: string; payment_sessions?: { provider_id: string; data: Record<string, unknown> }[] }
      }>(`/store/payment-collections/${encodeURIComponent(payment_collection.id)}/payment-sessions`, {
        method: "POST",
        body: { provider_id: providerId, data },
      })
      const session = res.payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
      const parsed = MultiSafepaySession.safeParse(session?.data)
      if (!parsed.success) throw new Error("MultiSafepay answered without a payment page")
      return { payment_collection_id: payment_collection.id, ...parsed.data }
    },
  }
}
