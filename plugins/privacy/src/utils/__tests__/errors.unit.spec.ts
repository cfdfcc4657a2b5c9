import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { isLegalHoldError, LegalHoldError } from "../errors"

describe("isLegalHoldError", () => {
  it("should recognise the error and its workflow-serialised form by type, not by text", () => {
    const err = new LegalHoldError("Subject cus_1 is under legal hold (auctions); erasure postponed", ["auctions"])
    expect(err).toBeInstanceOf(MedusaError)
    expect(err.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(isLegalHoldError(err)).toBe(true)
    // What a workflow run hands back in `errors[0].error`.
    expect(isLegalHoldError(JSON.parse(JSON.stringify(serializeError(err))))).toBe(true)
  })

  it("should not take another error that mentions a legal hold for one", () => {
    expect(isLegalHoldError(new MedusaError(MedusaError.Types.NOT_ALLOWED, "under legal hold"))).toBe(false)
    expect(isLegalHoldError({ message: "legal hold" })).toBe(false)
    expect(isLegalHoldError(null)).toBe(false)
  })
})
