import { createHash, createHmac, randomBytes } from "crypto"

/**
 * The draw algorithm, version "softshop-draw-v1". bin/verify-draw.mjs is an
 * independent copy (node:crypto only) so anyone can check a result without this
 * plugin; a unit test keeps the two in step.
 *
 * - seed: 32 random bytes (hex); commitment = SHA-256(seed bytes), published first.
 * - snapshot: the eligible entry ids in stable order (entry time, then id);
 *   snapshot hash = SHA-256 of the UTF-8 lines [version, contest id, round, ...ids] joined by "\n".
 * - winners, without replacement: for counter = 0, 1, …: block = HMAC-SHA256(key = seed bytes,
 *   message = `${snapshot hash}:${counter}`); x = first 6 bytes, big-endian (0 ≤ x < 2^48);
 *   with n entries left, x is rejected when x ≥ 2^48 − (2^48 mod n) (no modulo bias), else
 *   index = x mod n: that entry wins and leaves the pool (the others keep their order).
 */
export const DRAW_ALGORITHM_VERSION = "softshop-draw-v1"

const RANGE = 2 ** 48

export const newSeed = () => randomBytes(32).toString("hex")

export const commitmentOf = (seedHex: string) => createHash("sha256").update(Buffer.from(seedHex, "hex")).digest("hex")

export function snapshotHashOf(contestId: string, round: number, entryIds: string[]) {
  const lines = [DRAW_ALGORITHM_VERSION, contestId, String(round), ...entryIds]
  return createHash("sha256").update(lines.join("\n"), "utf8").digest("hex")
}

/** The winners (entry ids, in drawing order) of one round. */
export function drawWinners(seedHex: string, snapshotHash: string, entryIds: string[], count: number): string[] {
  const key = Buffer.from(seedHex, "hex")
  const pool = [...entryIds]
  const winners: string[] = []
  let counter = 0
  while (winners.length < count && pool.length) {
    const block = createHmac("sha256", key).update(`${snapshotHash}:${counter++}`, "utf8").digest()
    const x = block.readUIntBE(0, 6)
    const n = pool.length
    if (x >= RANGE - (RANGE % n)) continue
    winners.push(pool.splice(x % n, 1)[0])
  }
  return winners
}
