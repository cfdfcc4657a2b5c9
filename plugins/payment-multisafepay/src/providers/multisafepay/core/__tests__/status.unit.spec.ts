import { mapMspStatus, mergeMspState } from "../status"

describe("MultiSafepay status mapping", () => {
  it.each([
    ["completed", "completed", false, "captured"],
    ["shipped", "completed", false, "captured"],
    ["completed", "uncleared", false, "authorized"],
    ["shipped", "uncleared", false, "authorized"],
    ["completed", "initialized", true, "authorized"],
    ["completed", "initialized", false, "pending"],
    ["initialized", "initialized", false, "pending"],
    ["uncleared", "uncleared", false, "pending"],
    ["declined", "declined", false, "error"],
    ["void", "void", false, "canceled"],
    ["cancelled", "cancelled", false, "canceled"],
    ["expired", "expired", false, "canceled"],
    ["refunded", "completed", false, "captured"],
    ["partial_refunded", "completed", false, "captured"],
    ["chargeback", "void", false, "captured"],
    ["chargedback", "void", false, "captured"],
  ])("should map %s/%s (manual %s) to %s", (status, financial, manual, expected) => {
    expect(mapMspStatus(status, financial, manual)).toBe(expected)
  })

  it("should never move a captured payment backwards", () => {
    for (const next of ["pending", "authorized", "canceled", "error"] as const) expect(mergeMspState("captured", next)).toBe("captured")
  })

  it("should keep an authorization over a stale pending, but let it be voided or captured", () => {
    expect(mergeMspState("authorized", "pending")).toBe("authorized")
    expect(mergeMspState("authorized", "canceled")).toBe("canceled")
    expect(mergeMspState("authorized", "captured")).toBe("captured")
  })

  it("should report a payment that completes after cancellation instead of hiding it", () => {
    expect(mergeMspState("canceled", "captured")).toBe("captured")
    expect(mergeMspState("canceled", "pending")).toBe("canceled")
  })
})
