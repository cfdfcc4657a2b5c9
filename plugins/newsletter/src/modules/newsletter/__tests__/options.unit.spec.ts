import { parseNewsletterOptions } from "../options"
import { normalizeEmail } from "../../../utils/crypto"

describe("newsletter options", () => {
  it("should fill every default from the secret alone", () => {
    const o = parseNewsletterOptions({ secret: "0123456789abcdef" })
    expect(o).toEqual(
      expect.objectContaining({
        confirmTokenTtlHours: 48,
        purgeUnconfirmedAfterDays: 30,
        defaultLocale: "en",
        rateLimit: { perAddress: 3, perIp: 10, windowMinutes: 60 },
        softOptIn: { enabled: false },
        campaign: { batchSize: 200, mailsPerCall: 25, callsInFlight: 4, leaseSeconds: 300, autoResume: true },
      })
    )
  })

  it("should name the offending option", () => {
    expect(() => parseNewsletterOptions({})).toThrow(/Invalid option "secret"/)
    expect(() => parseNewsletterOptions({ secret: "0123456789abcdef", campaign: { batchSize: 0 } })).toThrow(/Invalid option "campaign.batchSize"/)
    expect(() => parseNewsletterOptions({ secret: "0123456789abcdef", publicUrl: "nope" })).toThrow(/"publicUrl"/)
  })

  it("should normalise addresses to one form", () => {
    expect(normalizeEmail("  Jan.Jansen@Example.NL ")).toBe("jan.jansen@example.nl")
  })
})
