#!/usr/bin/env node
// Verifies a Softshop contest draw from its public verification data, with nothing but node:crypto.
//
//   curl -s -H "x-publishable-api-key: $KEY" https://shop.example/store/contests/cnt_…/winners > draw.json
//   node verify-draw.mjs draw.json          (or: … | node verify-draw.mjs -)
//
// Checks every drawn round: the revealed seed matches the commitment published before the draw, the
// snapshot hash matches the published entrant list, the winners follow from seed + snapshot by the
// algorithm below, and a redraw's entrant list leaves out every earlier winner. Exit code 0 = verified.
//
// Algorithm "softshop-draw-v1":
//   commitment    = SHA-256(seed bytes)                       (seed: 32 bytes, hex)
//   snapshot hash = SHA-256(UTF-8 of [version, contest id, round, ...entry ids].join("\n"))
//   for counter = 0, 1, …: block = HMAC-SHA256(key = seed bytes, message = `${snapshot hash}:${counter}`)
//     x = first 6 bytes of block, big-endian; n = entries left in the pool
//     if x >= 2^48 - (2^48 mod n): reject (no modulo bias) and take the next counter
//     else the entry at index (x mod n) wins and leaves the pool (the others keep their order)
//   until the requested number of winners (or the pool is empty).
import { createHash, createHmac } from "node:crypto"
import { readFileSync, realpathSync } from "node:fs"
import { pathToFileURL } from "node:url"

export const VERSION = "softshop-draw-v1"
const RANGE = 2 ** 48

export const commitmentOf = (seedHex) => createHash("sha256").update(Buffer.from(seedHex, "hex")).digest("hex")

export const snapshotHashOf = (contestId, round, ids) =>
  createHash("sha256").update([VERSION, contestId, String(round), ...ids].join("\n"), "utf8").digest("hex")

export function drawWinners(seedHex, snapshotHash, ids, count) {
  const key = Buffer.from(seedHex, "hex")
  const pool = [...ids]
  const winners = []
  for (let counter = 0; winners.length < count && pool.length; counter++) {
    const x = createHmac("sha256", key).update(`${snapshotHash}:${counter}`, "utf8").digest().readUIntBE(0, 6)
    if (x >= RANGE - (RANGE % pool.length)) continue
    winners.push(pool.splice(x % pool.length, 1)[0])
  }
  return winners
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

/** One result per drawn round: { round, ok, checks: [{ name, ok }] }. */
export function verify(data) {
  const v = data.verification ?? data
  const rounds = []
  const earlierWinners = []
  for (const d of [...v.drawings].sort((a, b) => a.round - b.round)) {
    if (d.status !== "drawn") continue
    const ids = d.snapshot_entry_ids ?? []
    const excluded = new Set(d.excluded_entry_ids ?? [])
    const checks = [
      { name: "algorithm version is " + VERSION, ok: d.algorithm_version === VERSION },
      { name: "SHA-256(seed) equals the commitment", ok: typeof d.seed === "string" && commitmentOf(d.seed) === d.seed_commitment },
      { name: "committed before it was drawn", ok: Date.parse(d.committed_at) <= Date.parse(d.drawn_at) },
      { name: "snapshot hash matches the entrant list", ok: snapshotHashOf(v.contest_id, d.round, ids) === d.snapshot_hash },
      { name: "no entrant listed twice", ok: new Set(ids).size === ids.length },
      { name: "earlier winners are excluded", ok: earlierWinners.every((w) => excluded.has(w) && !ids.includes(w)) },
      { name: "winners follow from seed + snapshot", ok: same(drawWinners(d.seed, d.snapshot_hash, ids, d.winners_requested), d.winner_entry_ids) },
    ]
    earlierWinners.push(...(d.winner_entry_ids ?? []))
    rounds.push({ round: d.round, ok: checks.every((c) => c.ok), checks, winners: d.winner_entry_ids })
  }
  return { contest_id: v.contest_id, ok: rounds.length > 0 && rounds.every((r) => r.ok), rounds }
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href
if (isMain) {
  const args = process.argv.slice(2)
  const file = args.find((a) => !a.startsWith("--"))
  if (!file) {
    console.error("usage: verify-draw.mjs <verification.json | -> [--json]")
    process.exit(2)
  }
  const result = verify(JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8")))
  if (args.includes("--json")) console.log(JSON.stringify(result, null, 2))
  else {
    for (const r of result.rounds) {
      console.log(`round ${r.round}: ${r.ok ? "VERIFIED" : "FAILED"}`)
      for (const c of r.checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}`)
      console.log(`  winners: ${(r.winners ?? []).join(", ")}`)
    }
    console.log(result.ok ? `contest ${result.contest_id}: draw verified` : `contest ${result.contest_id}: NOT verified`)
  }
  process.exit(result.ok ? 0 : 1)
}
