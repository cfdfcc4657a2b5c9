import { addMonths, fiscalCutoff } from "../clock"
import { isPersonalDataProvider } from "../registry"
import { postcodePrefix, scrubJson } from "../scrub"

describe("scrubJson", () => {
  it("should null personal keys at any depth and keep fiscal ones", () => {
    const { value, changed } = scrubJson({
      old: { email: "a@b.nl", shipping_address: { first_name: "Jan", address_1: "Kerkstraat 1", country_code: "nl" } },
      amount: 1210,
      currency_code: "eur",
    })
    expect(changed).toBe(true)
    expect(value).toEqual({
      old: { email: null, shipping_address: { first_name: null, address_1: null, country_code: "nl" } },
      amount: 1210,
      currency_code: "eur",
    })
  })

  it("should report no change for already scrubbed data (idempotent)", () => {
    const once = scrubJson({ email: "a@b.nl", items: [{ name: "x", quantity: 1 }] }).value
    expect(scrubJson(once).changed).toBe(false)
  })
})

describe("postcodePrefix", () => {
  it("should keep the four digits of a Dutch postcode and two characters elsewhere", () => {
    expect(postcodePrefix("3511 AB", "nl")).toBe("3511")
    expect(postcodePrefix("10115", "de")).toBe("10")
    expect(postcodePrefix(null, "nl")).toBeNull()
  })
})

describe("clocks", () => {
  it("should put the fiscal cutoff at 1 January, N years back", () => {
    expect(fiscalCutoff(new Date("2034-01-01T00:00:00Z"), 7).toISOString()).toBe("2027-01-01T00:00:00.000Z")
    expect(fiscalCutoff(new Date("2033-12-31T23:59:59Z"), 7).toISOString()).toBe("2026-01-01T00:00:00.000Z")
  })

  it("should add calendar months in UTC", () => {
    expect(addMonths(new Date("2026-01-15T10:00:00Z"), 10).toISOString()).toBe("2026-11-15T10:00:00.000Z")
  })
})

describe("isPersonalDataProvider", () => {
  it("should accept a service with the three contract methods and refuse one without", () => {
    const provider = { getPersonalDataDescriptor() {}, async exportSubjectData() {}, async eraseSubjectData() {} }
    expect(isPersonalDataProvider(provider)).toBe(true)
    expect(isPersonalDataProvider({ getPersonalDataDescriptor() {} })).toBe(false)
    expect(isPersonalDataProvider(undefined)).toBe(false)
  })
})
