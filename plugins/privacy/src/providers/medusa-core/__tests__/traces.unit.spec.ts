import { addTraceCounts, scrubIds } from "../traces"

describe("scrubIds", () => {
  it("should null every string equal to an erased id, at any depth, and keep everything else", () => {
    const ids = new Set(["cart_01A", "cus_01B"])
    const { value, changed } = scrubIds(
      { cart_id: "cart_01A", order_id: "ord_1", nested: [{ customer: "cus_01B", note: "cart_01A is gone" }], amount_minor: 1210, at: null },
      ids
    )
    expect(changed).toBe(true)
    expect(value).toEqual({ cart_id: null, order_id: "ord_1", nested: [{ customer: null, note: "cart_01A is gone" }], amount_minor: 1210, at: null })
  })

  it("should report no change the second time (idempotent)", () => {
    const ids = new Set(["cart_01A"])
    const once = scrubIds({ cart_id: "cart_01A" }, ids)
    expect(scrubIds(once.value, ids)).toEqual({ value: { cart_id: null }, changed: false })
  })
})

describe("addTraceCounts", () => {
  it("should add the traces' counts to the result's, creating missing keys", () => {
    const target = { erased: { customer: 1 }, anonymized: { payment_session: 2 } }
    addTraceCounts(target, { erased: { workflow_execution: 2 }, anonymized: { payment_session: 1, account_holder_external_id: 1 } })
    expect(target).toEqual({ erased: { customer: 1, workflow_execution: 2 }, anonymized: { payment_session: 3, account_holder_external_id: 1 } })
  })
})
