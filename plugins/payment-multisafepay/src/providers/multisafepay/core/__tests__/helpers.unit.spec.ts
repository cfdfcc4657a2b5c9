import { splitStreet } from "../address"
import { buildShoppingCart } from "../cart"
import { parseLossless } from "../client"
import { roundHalfUp2, toMinor } from "../money"
import { parseOptions } from "../options"

describe("MultiSafepay helpers", () => {
  it.each([
    ["Kerkstraat 12", "Kerkstraat", "12"],
    ["Kerkstraat 12-A", "Kerkstraat", "12-A"],
    ["Kerkstraat 12A", "Kerkstraat", "12A"],
    ["1e Jacob van Campenstraat 3 hs", "1e Jacob van Campenstraat", "3 hs"],
    ["Rue de la Loi 16 bus 2", "Rue de la Loi", "16 bus 2"],
    ["12 Kerkstraat", "Kerkstraat", "12"],
    ["Postbus", "Postbus", ""],
  ])("should split %s into street and house number", (line, street, houseNumber) => {
    expect(splitStreet(line)).toEqual({ street, houseNumber })
  })

  it("should convert major to minor units exactly", () => {
    expect(toMinor(299.99, "EUR")).toBe(29999)
    expect(toMinor(0.1 + 0.2, "EUR")).toBe(30)
    expect(toMinor(1000, "JPY")).toBe(1000)
  })

  it("should keep 17-digit transaction ids exact as strings", () => {
    const r = parseLossless<{ data: { transaction_id: string } }>('{"data":{"transaction_id":17472052901237122}}')
    expect(r.data.transaction_id).toBe("17472052901237122")
  })

  it("should build a BNPL cart with prices excluding VAT that adds up by the rounding rule", () => {
    const gross = 299 + 4.95
    const cart = buildShoppingCart({
      items: [{ title: "Monitor", sku: "SV-27QHD", quantity: 1, subtotal: 299 / 1.21, tax_total: (299 / 1.21) * 0.21, tax_rate: 21 }],
      shipping_lines: [{ name: "Standaard", subtotal: 4.95 / 1.21, tax_total: (4.95 / 1.21) * 0.21, tax_rate: 21 }],
    })
    expect(cart.items.map((i) => i.merchant_item_id)).toEqual(["SV-27QHD", "msp-shipping"])
    expect(cart.items[0].unit_price).toBeCloseTo(247.1074, 3)
    expect(cart.taxTables.alternate).toEqual([{ name: "BTW21", standalone: true, rules: [{ rate: 0.21 }] }])
    expect(Math.abs(cart.totalMajor - gross)).toBeLessThanOrEqual(0.01)
    expect(roundHalfUp2(1.005)).toBe(1.01)
  })

  it("should name the offending option when options are invalid", () => {
    expect(() => parseOptions({})).toThrow(/apiKey/)
    expect(() => parseOptions({ apiKey: "k", environment: "prod" })).toThrow(/environment/)
    expect(() => parseOptions({ apiKey: "k", gateways: ["ideal"] })).toThrow(/gateways\.0/)
    expect(parseOptions({ apiKey: "k" })).toEqual(expect.objectContaining({ environment: "test", manualCapture: false, webhookToleranceSeconds: 600 }))
  })

  it("should default to a neutral order description and no partner, and refuse an empty or over-long description", () => {
    const defaults = parseOptions({ apiKey: "k" })
    expect(defaults.orderDescription).toBe("Order {order_id}")
    expect(defaults.partner).toBeUndefined()
    expect(() => parseOptions({ apiKey: "k", orderDescription: " " })).toThrow(/orderDescription/)
    expect(() => parseOptions({ apiKey: "k", orderDescription: "x".repeat(201) })).toThrow(/orderDescription/)
  })
})
