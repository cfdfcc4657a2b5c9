import { currencyDigits, fitsCurrency, formatDateTime, formatMoney, fromCents, isTimeZone, toCents } from "../money"

describe("auction money", () => {
  it("should convert major to minor units by the currency's own decimals", () => {
    expect(currencyDigits("eur")).toBe(2)
    expect(currencyDigits("JPY")).toBe(0)
    expect(currencyDigits("kwd")).toBe(3)
    expect(toCents(12.5, "eur")).toBe(1250)
    expect(toCents(0.29, "eur")).toBe(29) // 0.29 * 100 = 28.999999999999996
    expect(toCents(1250, "jpy")).toBe(1250)
    expect(toCents(1.25, "kwd")).toBe(1250)
    expect(toCents(12.5)).toBe(1250) // EUR by default
    expect(fromCents(1250, "eur")).toBe(12.5)
    expect(fromCents(1250, "jpy")).toBe(1250)
    expect(fromCents(1250, "kwd")).toBe(1.25)
    expect(fromCents(null, "eur")).toBeNull()
  })

  it("should tell which amounts a currency can hold", () => {
    expect(fitsCurrency(12.5, "eur")).toBe(true)
    expect(fitsCurrency(12.505, "eur")).toBe(false)
    expect(fitsCurrency(12.5, "jpy")).toBe(false)
    expect(fitsCurrency(1250, "jpy")).toBe(true)
    expect(fitsCurrency(1.255, "kwd")).toBe(true)
    expect(fitsCurrency(1.2555, "kwd")).toBe(false)
  })

  it("should format money and deadlines per locale and time zone", () => {
    const nbsp = /\u00a0/g
    expect(formatMoney(25000, "eur", "nl").replace(nbsp, " ")).toBe("€ 250,00")
    expect(formatMoney(25000, "eur", "en")).toBe("€250.00")
    expect(formatMoney(1250, "kwd", "en").replace(nbsp, " ")).toBe("KWD 1.250")
    expect(formatMoney(null, "eur", "nl")).toBe("")
    const at = "2026-12-03T10:00:00.000Z"
    expect(formatDateTime(at, "nl")).toBe("3 december 2026 om 11:00 CET")
    expect(formatDateTime(at, "en")).toBe("3 December 2026 at 11:00 CET")
    expect(formatDateTime("2026-07-03T10:00:00.000Z", "nl")).toBe("3 juli 2026 om 12:00 CEST")
    expect(formatDateTime(at, "nl", "Europe/Lisbon")).toBe("3 december 2026 om 10:00 WET")
    expect(isTimeZone("Europe/Amsterdam")).toBe(true)
    expect(isTimeZone("Mars/Olympus")).toBe(false)
  })
})
