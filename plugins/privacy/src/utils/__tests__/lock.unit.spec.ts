import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { runExclusive } from "../lock"

// Medusa's own in-memory locking provider (the one the test tiers run on), not a stand-in.
const locking = () => new InMemoryLockingProvider() as any

describe("runExclusive", () => {
  it("should run the job and return its value when the lock is free", async () => {
    expect(await runExclusive(locking(), "k", async () => 42, { timeout: 1 })).toEqual({ ok: true, value: 42 })
  })

  it("should answer busy, without running the job, while another holder has the key", async () => {
    const lock = locking()
    let release!: () => void
    const holding = runExclusive(lock, "k", () => new Promise<string>((r) => (release = () => r("first"))), { timeout: 1 })
    await new Promise((r) => setImmediate(r))
    let ran = false
    const second = await runExclusive(
      lock,
      "k",
      async () => {
        ran = true
      },
      { timeout: 1 }
    )
    expect(second).toEqual({ ok: false, reason: "busy" })
    expect(ran).toBe(false)
    release()
    expect(await holding).toEqual({ ok: true, value: "first" })
    // Released: the next caller gets it.
    expect(await runExclusive(lock, "k", async () => "third", { timeout: 1 })).toEqual({ ok: true, value: "third" })
  })

  it("should re-throw the job's own error unchanged, also one whose text mentions a time-out", async () => {
    const err = new Error("Timed-out acquiring lock.")
    await expect(
      runExclusive(
        locking(),
        "k",
        async () => {
          throw err
        },
        { timeout: 1 }
      )
    ).rejects.toBe(err)
  })
})
