import { MedusaError } from "@medusajs/framework/utils"
import { describeError } from "../errors"
import { hasEmailProvider } from "../boot-checks"

describe("describeError", () => {
  it("should name the error type, Medusa's type and the message, with addresses masked", () => {
    expect(describeError(new MedusaError(MedusaError.Types.INVALID_DATA, "No regions found"))).toBe("Error, invalid_data: No regions found")
    expect(describeError(new TypeError("Failed to send notification with id noti_1:\nMailbox jan@example.nl is full"))).toBe(
      "TypeError: Failed to send notification with id noti_1: — Mailbox <address> is full"
    )
    expect(describeError("boom")).toBe("Error: boom")
    expect(describeError(undefined)).toBe("Error")
    expect(describeError(new Error("x".repeat(1000))).length).toBeLessThan(320)
  })
})

describe("hasEmailProvider", () => {
  const config = (modules: unknown) => ({ modules }) as any
  it("should find a notification provider on channel email, however the module is declared", () => {
    const nodemailer = { resolve: "x/providers/nodemailer", id: "n", options: { channels: ["email"] } }
    expect(hasEmailProvider(config({ notification: { resolve: "@medusajs/medusa/notification", options: { providers: [nodemailer] } } }))).toBe(true)
    expect(hasEmailProvider(config({ mail: { resolve: "@medusajs/notification", options: { providers: [nodemailer] } } }))).toBe(true)
    const feed = { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } }
    expect(hasEmailProvider(config({ notification: { resolve: "@medusajs/medusa/notification", options: { providers: [feed] } } }))).toBe(false)
    expect(hasEmailProvider(config({}))).toBe(false)
    expect(hasEmailProvider(undefined)).toBe(false)
  })
})
