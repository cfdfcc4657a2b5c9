import { createLimiter } from "../limiter"

const tick = () => new Promise((r) => setTimeout(r, 5))

describe("webhook limiter", () => {
  it("should run at most max jobs at once and the rest in arrival order", async () => {
    const limit = createLimiter(2)
    let running = 0
    let peak = 0
    const started: number[] = []
    const jobs = Array.from({ length: 7 }, (_, i) =>
      limit(async () => {
        started.push(i)
        running++
        peak = Math.max(peak, running)
        await tick()
        running--
        return i
      })
    )
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(peak).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(limit.stats()).toEqual({ active: 0, waiting: 0 })
  })

  it("should free the slot of a job that fails", async () => {
    const limit = createLimiter(1)
    await expect(limit(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom")
    expect(await limit(async () => "next")).toBe("next")
    expect(limit.stats()).toEqual({ active: 0, waiting: 0 })
  })

  it("should run one job at a time while yieldWhile holds, never none, and all of them again after", async () => {
    let yielding = true
    const limit = createLimiter(3, { yieldWhile: () => yielding, recheckMs: 5 })
    let running = 0
    const peaks: number[] = []
    const release: (() => void)[] = []
    const jobs = Array.from({ length: 6 }, (_, i) =>
      limit(async () => {
        running++
        peaks.push(running)
        await new Promise<void>((r) => release.push(r))
        running--
        return i
      })
    )
    await tick()
    expect(limit.stats()).toEqual({ active: 1, waiting: 5 })
    release.shift()!()
    await tick()
    expect(limit.stats()).toEqual({ active: 1, waiting: 4 })
    yielding = false
    await tick()
    await tick()
    expect(limit.stats()).toEqual({ active: 3, waiting: 2 })
    while (release.length) {
      release.shift()!()
      await tick()
    }
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5])
    expect(Math.max(...peaks)).toBe(3)
    expect(peaks.slice(0, 2)).toEqual([1, 1])
    expect(limit.stats()).toEqual({ active: 0, waiting: 0 })
  })
})
