import { findFailingRun } from "../failed-subjects"
import { secondsUntil, windowOf } from "../rate-limit"

describe("windowOf", () => {
  it("should put instants of one window in one bucket and end it at the next boundary", () => {
    const start = 1_800_000_000_000 - (1_800_000_000_000 % 900_000)
    expect(windowOf(start, 900)).toEqual({ index: start / 900_000, endsAt: start + 900_000 })
    expect(windowOf(start + 899_999, 900).index).toBe(start / 900_000)
    expect(windowOf(start + 900_000, 900).index).toBe(start / 900_000 + 1)
  })
})

describe("secondsUntil", () => {
  it("should round up and never answer 0", () => {
    expect(secondsUntil(0, 1_500)).toBe(2)
    expect(secondsUntil(0, 1)).toBe(1)
    expect(secondsUntil(5_000, 5_000)).toBe(1)
  })
})

describe("findFailingRun", () => {
  const run = (id: string, started: string, finished: string | null, ids: string[]) => ({
    id,
    started_at: started,
    finished_at: finished,
    failures: { items: ids.map((customer_id) => ({ customer_id, rule: "consumer_no_orders", message: "boom" })) },
  })
  const runs = [
    run("rrun_3", "2026-03-01T03:15:00Z", null, ["cus_a"]),
    run("rrun_2", "2026-02-01T03:15:00Z", "2026-02-01T03:20:00Z", ["cus_a", "cus_b"]),
    run("rrun_1", "2026-01-01T03:15:00Z", "2026-01-01T03:20:00Z", []),
  ]

  it("should pick the run during which the failure was recorded that lists the customer", () => {
    expect(findFailingRun(runs, "cus_a", "2026-02-01T03:16:00Z")?.run.id).toBe("rrun_2")
    expect(findFailingRun(runs, "cus_a", "2026-03-01T03:16:00Z")?.run.id).toBe("rrun_3")
  })

  it("should find nothing outside a run or for a customer the run does not list", () => {
    expect(findFailingRun(runs, "cus_b", "2026-02-01T03:21:00Z")).toBeNull()
    expect(findFailingRun(runs, "cus_c", "2026-02-01T03:16:00Z")).toBeNull()
    expect(findFailingRun(runs, "cus_a", "2026-01-01T03:16:00Z")).toBeNull()
  })
})
