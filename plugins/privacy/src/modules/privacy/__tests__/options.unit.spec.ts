import { parsePrivacyOptions } from "../options"

describe("privacy options: defaultLocale", () => {
  it("should default to a neutral English and accept the languages the plugin has texts for", () => {
    expect(parsePrivacyOptions({}).defaultLocale).toBe("en")
    expect(parsePrivacyOptions({ defaultLocale: "nl" }).defaultLocale).toBe("nl")
  })

  it("should refuse a language the plugin has no mails or pages in, naming the option", () => {
    expect(() => parsePrivacyOptions({ defaultLocale: "de" } as any)).toThrow(/defaultLocale/)
  })
})
