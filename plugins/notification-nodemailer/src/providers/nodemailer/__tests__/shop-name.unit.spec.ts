import { NodemailerOptionsSchema, senderName } from "../types"

describe("shopName option", () => {
  it("should default to the sender's display name, else its domain", () => {
    expect(senderName("Softshop <noreply@softshop.nl>")).toBe("Softshop")
    expect(senderName('"De Fietsenmaker" <info@fiets.nl>')).toBe("De Fietsenmaker")
    expect(senderName("<info@fiets.nl>")).toBe("fiets.nl")
    expect(senderName("shop@example.nl")).toBe("example.nl")
  })

  it("should take a configured shopName over the sender", () => {
    expect(NodemailerOptionsSchema.parse({ from: "Softshop <noreply@softshop.nl>" }).shopName).toBe("Softshop")
    expect(NodemailerOptionsSchema.parse({ from: "Softshop <noreply@softshop.nl>", shopName: "Anders" }).shopName).toBe("Anders")
    expect(() => NodemailerOptionsSchema.parse({ from: "a@b.nl", shopName: "" })).toThrow()
  })
})
