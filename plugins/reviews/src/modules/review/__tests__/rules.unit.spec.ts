import { displayName, preCheckFlags, pseudonymProblem, summaryDelta } from "../rules"
import { parseReviewOptions } from "../options"
import { ReviewRow } from "../types"

const row = (status: ReviewRow["status"], rating: number) => ({ status, rating }) as ReviewRow

describe("summaryDelta", () => {
  it("should count a review only while it is approved", () => {
    expect(summaryDelta(null, row("pending", 5))).toEqual([])
    expect(summaryDelta(row("pending", 5), row("approved", 5))).toEqual([{ rating: 5, sign: 1 }])
    expect(summaryDelta(row("approved", 5), row("unpublished", 5))).toEqual([{ rating: 5, sign: -1 }])
    expect(summaryDelta(row("approved", 5), row("pending", 2))).toEqual([{ rating: 5, sign: -1 }])
    expect(summaryDelta(row("approved", 4), null)).toEqual([{ rating: 4, sign: -1 }])
    expect(summaryDelta(row("rejected", 1), row("pending", 1))).toEqual([])
  })

  it("should move a rating between stars when an approved review changes its rating", () => {
    expect(summaryDelta(row("approved", 2), row("approved", 4))).toEqual([
      { rating: 2, sign: -1 },
      { rating: 4, sign: 1 },
    ])
  })
})

describe("displayName", () => {
  const customer = { first_name: "Jan", last_name: "jansen" }
  it("should compute each identity choice from the current customer record", () => {
    expect(displayName("full_name", null, customer)).toBe("Jan jansen")
    expect(displayName("first_name_initial", null, customer)).toBe("Jan J.")
    expect(displayName("pseudonym", "Gamer42", customer)).toBe("Gamer42")
    expect(displayName("anonymous", null, customer)).toBeNull()
    expect(displayName("full_name", null, null)).toBeNull()
  })
})

describe("pseudonymProblem", () => {
  it("should accept plain pseudonyms and refuse addresses, links and phone numbers", () => {
    expect(pseudonymProblem("Tweaker_NL")).toBeNull()
    expect(pseudonymProblem("Jörg 1")).toBeNull()
    expect(pseudonymProblem("a")).toContain("3–30")
    expect(pseudonymProblem("jan@example.nl")).toContain("3–30")
    expect(pseudonymProblem("www.shop.nl")).toContain("web address")
    expect(pseudonymProblem("Bel 0612345678")).toContain("phone")
  })
})

describe("preCheckFlags", () => {
  it("should flag links and configured words, and nothing else", () => {
    const opts = { flagLinks: true, flagWords: ["Oplichter"] }
    expect(preCheckFlags("Prima scherm", opts)).toEqual([])
    expect(preCheckFlags("Kijk op https://example.com", opts)).toEqual(["link"])
    expect(preCheckFlags("wat een oplichter", opts)).toEqual(["word_list"])
  })
})

describe("parseReviewOptions", () => {
  it("should default to the most conservative settings and name a wrong option", () => {
    const o = parseReviewOptions(undefined)
    expect(o).toEqual(
      expect.objectContaining({
        buyersOnly: false,
        maxPhotos: 3,
        requestMail: { enabled: false, delayDays: 7 },
      })
    )
    expect(() => parseReviewOptions({ maxPhotos: -1 })).toThrow('Invalid option "maxPhotos"')
  })
})
