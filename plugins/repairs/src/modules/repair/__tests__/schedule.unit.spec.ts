import { parseRepairOptions } from "../options"
import { addDays, daysBetween, largestGap, plannedDeletionDay, scheduleProblem } from "../schedule"
import { deletionPlan } from "../transitions"

const day = (s: string) => new Date(`${s}T00:00:00.000Z`)
const key = Buffer.alloc(32, 7).toString("base64")
const base = {
  backupStores: [
    { id: "a", directory: "/tmp/a", keyRef: "k" },
    { id: "b", directory: "/tmp/b", keyRef: "k" },
  ],
  encryptionKeys: { k: key },
  credentialKey: key,
  trackingSecret: "0123456789abcdef",
}

describe("deletion schedule", () => {
  it("should delete every delivery of four years between 14 and 30 days later with sweep days 1 and 15", () => {
    const seen = new Set<number>()
    for (let d = day("2026-01-01"); d < day("2030-01-01"); d = addDays(d, 1)) {
      // Any time of the delivery day gives the same deletion day.
      const late = new Date(d.getTime() + 23 * 3600_000 + 59 * 60_000)
      const planned = plannedDeletionDay(late, [1, 15])
      const after = daysBetween(d, planned)
      expect(after).toBeGreaterThanOrEqual(14)
      expect(after).toBeLessThanOrEqual(30)
      expect([1, 15]).toContain(planned.getUTCDate())
      seen.add(after)
    }
    // Both ends of the window really occur.
    expect(seen.has(14)).toBe(true)
    expect(seen.has(30)).toBe(true)
  })

  it("should reject schedules that cannot keep the 14–30 day promise, naming the option", () => {
    expect(largestGap([1, 15])).toBe(17)
    expect(scheduleProblem([1, 15])).toBeNull()
    expect(scheduleProblem([1])).toMatch(/44 days after delivery/)
    expect(scheduleProblem([1, 29])).toMatch(/every month/)
    expect(scheduleProblem([])).toMatch(/at least one/)
    expect(scheduleProblem([1, 15], 10)).toMatch(/at least 14/)
    expect(() => parseRepairOptions({ ...base, sweepDays: [5] })).toThrow(/Invalid option "sweepDays"/)
    expect(() => parseRepairOptions({ ...base, sweepDays: [1, 11, 21] })).not.toThrow()
  })

  it("should reject configurations without two distinct stores or with an unknown key reference", () => {
    expect(() => parseRepairOptions({ ...base, backupStores: [base.backupStores[0]] })).toThrow(/backupStores/)
    expect(() => parseRepairOptions({ ...base, backupStores: [base.backupStores[0], { ...base.backupStores[1], directory: "/tmp/a" }] })).toThrow(
      /distinct directories/
    )
    expect(() => parseRepairOptions({ ...base, backupStores: [base.backupStores[0], { ...base.backupStores[1], keyRef: "x" }] })).toThrow(/keyRef/)
  })

  it("should plan keep-longer on the first sweep day after the agreed date and sooner deletion on the day asked", () => {
    const none = { delivered_at: null, cancelled_at: null, backup_keep_until: null, backup_delete_sooner_at: null }
    expect(deletionPlan(none, [1, 15], 14)).toBeNull()
    const delivered = { ...none, delivered_at: new Date("2026-03-02T10:00:00Z") }
    expect(deletionPlan(delivered, [1, 15], 14)!.delete_on).toEqual(day("2026-04-01"))
    expect(deletionPlan({ ...delivered, backup_keep_until: day("2026-05-15") }, [1, 15], 14)!.delete_on).toEqual(day("2026-06-01"))
    expect(deletionPlan({ ...delivered, backup_delete_sooner_at: new Date("2026-03-05T09:00:00Z") }, [1, 15], 14)!.delete_on).toEqual(day("2026-03-05"))
  })
})
