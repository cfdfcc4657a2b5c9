import { execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { commitmentOf, drawWinners, newSeed, snapshotHashOf } from "../draw"

const VERIFIER = path.join(__dirname, "../../../../bin/verify-draw.mjs")
const ids = (n: number) => Array.from({ length: n }, (_, i) => `cent_${String(i).padStart(4, "0")}`)

function runVerifier(data: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "draw-")), "v.json")
  fs.writeFileSync(file, JSON.stringify(data))
  try {
    return { code: 0, out: execFileSync(process.execPath, [VERIFIER, file, "--json"], { encoding: "utf8" }) }
  } catch (e: any) {
    return { code: e.status as number, out: String(e.stdout) }
  }
}

describe("draw algorithm softshop-draw-v1", () => {
  it("should draw the same winners from the same seed and snapshot, without replacement", () => {
    const seed = newSeed()
    const list = ids(50)
    const hash = snapshotHashOf("cnt_1", 1, list)
    const a = drawWinners(seed, hash, list, 10)
    expect(drawWinners(seed, hash, list, 10)).toEqual(a)
    expect(new Set(a).size).toBe(10)
    expect(a.every((w) => list.includes(w))).toBe(true)
    expect(drawWinners(seed, hash, list.slice(0, 3), 10)).toHaveLength(3)
  })

  it("should change the snapshot hash when the list, its order, the round or the contest changes", () => {
    const list = ids(5)
    const h = snapshotHashOf("cnt_1", 1, list)
    expect(snapshotHashOf("cnt_1", 1, [...list].reverse())).not.toBe(h)
    expect(snapshotHashOf("cnt_1", 2, list)).not.toBe(h)
    expect(snapshotHashOf("cnt_2", 1, list)).not.toBe(h)
    expect(snapshotHashOf("cnt_1", 1, list.slice(1))).not.toBe(h)
  })

  it("should give every entrant about the same chance (no modulo bias)", () => {
    const list = ids(7)
    const counts = new Map(list.map((i) => [i, 0]))
    for (let k = 0; k < 7000; k++) {
      const seed = commitmentOf(k.toString(16).padStart(64, "0")) // 32 bytes, deterministic
      const [w] = drawWinners(seed, snapshotHashOf("cnt_x", 1, list), list, 1)
      counts.set(w, counts.get(w)! + 1)
    }
    for (const c of counts.values()) expect(c).toBeGreaterThan(850) // expected 1000 each
  })

  it("should be reproduced by the standalone verifier CLI, which refuses a tampered result", () => {
    const seed = newSeed()
    const list = ids(12)
    const hash = snapshotHashOf("cnt_cli", 1, list)
    const winners = drawWinners(seed, hash, list, 3)
    const list2 = list.filter((i) => !winners.includes(i))
    const hash2 = snapshotHashOf("cnt_cli", 2, list2)
    const seed2 = newSeed()
    const drawing = (round: number, s: string, l: string[], h: string, w: string[], excluded: string[]) => ({
      round,
      status: "drawn",
      algorithm_version: "softshop-draw-v1",
      seed_commitment: commitmentOf(s),
      committed_at: "2026-01-01T00:00:00.000Z",
      seed: s,
      snapshot_hash: h,
      snapshot_entry_ids: l,
      excluded_entry_ids: excluded,
      winners_requested: w.length,
      winner_entry_ids: w,
      drawn_at: "2026-01-02T00:00:00.000Z",
    })
    const data = {
      verification: {
        algorithm_version: "softshop-draw-v1",
        contest_id: "cnt_cli",
        drawings: [drawing(1, seed, list, hash, winners, []), drawing(2, seed2, list2, hash2, drawWinners(seed2, hash2, list2, 1), winners)],
      },
    }
    const ok = runVerifier(data)
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.out).rounds.map((r: any) => r.ok)).toEqual([true, true])
    const tampered = JSON.parse(JSON.stringify(data))
    tampered.verification.drawings[0].winner_entry_ids[0] = list.find((i) => !winners.includes(i))
    expect(runVerifier(tampered).code).toBe(1)
    const wrongSeed = JSON.parse(JSON.stringify(data))
    wrongSeed.verification.drawings[1].seed = newSeed()
    const res = JSON.parse(runVerifier(wrongSeed).out)
    expect(res.rounds[1].checks.find((c: any) => c.name.includes("commitment")).ok).toBe(false)
  })
})
