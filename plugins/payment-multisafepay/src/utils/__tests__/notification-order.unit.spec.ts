import { MspOrder } from "../../providers/multisafepay/core/types"
import { notificationOrder } from "../notification-order"

describe("notificationOrder (the workflow's copy of a fetched MultiSafepay order)", () => {
  const fetched = {
    order_id: "payses_1",
    transaction_id: "18446744073709551615",
    status: "completed",
    financial_status: "completed",
    amount: 1234,
    amount_refunded: 0,
    currency: "EUR",
    modified: "2026-12-02T10:00:00",
    var1: "payses_1",
    var2: "cart_1",
    gateway: "IDEAL",
    payment_details: { type: "IDEAL", capture: null, capture_remain: 0, account_holder_name: "J. Jansen", account_iban: "NL02ABNA0123456789" },
    customer: { first_name: "Jan", last_name: "Jansen", email: "jan@example.test", address1: "Kalverstraat", phone1: "0612345678" },
    shopping_cart: { items: [{ name: "Mok", quantity: 1, unit_price: 12.34 }] },
  } as unknown as MspOrder

  it("keeps ids, statuses, amounts and capture mode", () => {
    expect(notificationOrder(fetched)).toEqual({
      order_id: "payses_1",
      transaction_id: "18446744073709551615",
      status: "completed",
      financial_status: "completed",
      amount: 1234,
      amount_refunded: 0,
      currency: "EUR",
      modified: "2026-12-02T10:00:00",
      var1: "payses_1",
      var2: "cart_1",
      gateway: "IDEAL",
      payment_details: { type: "IDEAL", capture: null, capture_remain: 0 },
    })
  })

  it("drops the payer's personal data and the cart lines", () => {
    const text = JSON.stringify(notificationOrder(fetched))
    for (const personal of ["Jansen", "jan@example.test", "Kalverstraat", "0612345678", "NL02ABNA", "Mok"]) expect(text).not.toContain(personal)
  })
})
