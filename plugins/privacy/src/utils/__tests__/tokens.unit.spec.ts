import { earliestErasure, retentionAction } from "../retention-rules"
import { EXPORT_LINK_PURPOSE, signToken, verifyToken, verifyTokenDetails } from "../tokens"
import { issueVisitorId, resolveVisitor, visitorKeyOf } from "../visitor-id"

const clock = { now: new Date("2026-12-01T12:00:00Z") }
const privacy = (secret = "unit-test-secret") => ({ now: () => clock.now, getOptions: () => ({ secret }) }) as any

describe("link tokens", () => {
  it("should accept the issued spelling only", () => {
    const p = privacy()
    const { token, nonce } = signToken(p, EXPORT_LINK_PURPOSE, "cus_1", 60_000)
    expect(verifyTokenDetails(p, EXPORT_LINK_PURPOSE, token)).toEqual(expect.objectContaining({ customer_id: "cus_1", nonce }))
    const [payload, sig] = token.split(".")
    const std = (s: string) => s.replace(/-/g, "+").replace(/_/g, "/")
    for (const variant of [`${token}=`, `${payload}=.${sig}`, `${payload}.${std(sig)}`, token.toLowerCase(), token.toUpperCase(), ` ${token}`, `${token}\n`]) {
      if (variant !== token) expect(verifyToken(p, EXPORT_LINK_PURPOSE, variant)).toBeNull()
    }
  })

  it("should refuse another purpose, another secret and an expired token", () => {
    const { token } = signToken(privacy(), EXPORT_LINK_PURPOSE, "cus_1", 60_000)
    expect(verifyToken(privacy(), "keep-account", token)).toBeNull()
    expect(verifyToken(privacy("another-secret"), EXPORT_LINK_PURPOSE, token)).toBeNull()
    const later = privacy()
    later.now = () => new Date(clock.now.getTime() + 60_001)
    expect(verifyToken(later, EXPORT_LINK_PURPOSE, token)).toBeNull()
  })
})

describe("visitor ids", () => {
  it("should recognise ids the shop issued and nothing else", () => {
    const p = privacy()
    const { visitor_id, key } = issueVisitorId(p)
    expect(visitor_id).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/)
    expect(visitorKeyOf(p, visitor_id)).toBe(key)
    expect(visitorKeyOf(privacy("another-secret"), visitor_id)).toBeNull()
    expect(visitorKeyOf(p, key)).toBeNull()
    expect(visitorKeyOf(p, `${key}.${"A".repeat(43)}`)).toBeNull()
    expect(() => resolveVisitor(p, "visitor-abc-123")).toThrow(/visitor_id/)
    expect(resolveVisitor(p, undefined).issued).toBe(true)
  })
})

describe("warning before erasure", () => {
  const day = 86_400_000
  const now = new Date("2026-12-01T03:15:00Z")
  it("should warn a subject past due that was never warned, and erase only after the full grace", () => {
    const due = new Date(now.getTime() - 90 * day)
    expect(retentionAction({ due_at: due, warned_at: null }, now, 30)).toBe("warn")
    const warned = now
    expect(earliestErasure({ due_at: due, warned_at: warned }, now, 30)).toEqual(new Date(now.getTime() + 30 * day))
    expect(retentionAction({ due_at: due, warned_at: warned }, new Date(now.getTime() + 29 * day), 30)).toBe("wait")
    expect(retentionAction({ due_at: due, warned_at: warned }, new Date(now.getTime() + 30 * day), 30)).toBe("erase")
  })

  it("should wait for the clock when the warning went out early", () => {
    const due = new Date(now.getTime() + 40 * day)
    expect(retentionAction({ due_at: due, warned_at: now }, new Date(now.getTime() + 35 * day), 30)).toBe("wait")
    expect(retentionAction({ due_at: due, warned_at: now }, due, 30)).toBe("erase")
  })
})
