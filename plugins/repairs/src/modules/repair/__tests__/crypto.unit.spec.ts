import { decryptText, encryptText, signTracking, verifyTracking } from "../crypto"
import { allowedNext, refuseTransition } from "../transitions"
import { RepairRow } from "../types"

const key = Buffer.alloc(32, 3).toString("base64")
const secret = "tracking-secret-for-tests"

describe("device credentials", () => {
  it("should encrypt with a fresh IV every time and refuse a tampered ciphertext", () => {
    const a = encryptText("1234", key)
    const b = encryptText("1234", key)
    expect(a).not.toBe(b)
    expect(a).not.toContain("1234")
    expect(decryptText(a, key)).toBe("1234")
    const [v, iv, tag, ct] = a.split(".")
    const flipped = Buffer.from(ct, "base64url")
    flipped[0] ^= 1
    expect(() => decryptText([v, iv, tag, flipped.toString("base64url")].join("."), key)).toThrow()
    expect(() => decryptText(a, Buffer.alloc(32, 4).toString("base64"))).toThrow()
  })
})

describe("tracking tokens", () => {
  const now = new Date("2027-01-01T00:00:00Z")
  it("should accept a signed token until it expires and reject any change", () => {
    const token = signTracking("rep_01ABC", new Date(now.getTime() + 60_000), secret)
    expect(verifyTracking(token, secret, now)).toEqual(expect.objectContaining({ ok: true, repair_id: "rep_01ABC" }))
    expect(verifyTracking(token, secret, new Date(now.getTime() + 60_000))).toEqual({ ok: false, reason: "expired" })
    expect(verifyTracking(token.replace("rep_01ABC", "rep_01ABD"), secret, now)).toEqual({ ok: false, reason: "signature" })
    expect(verifyTracking(token, "another-secret-value", now)).toEqual({ ok: false, reason: "signature" })
    expect(verifyTracking("rep_\u0000.1.x", secret, now)).toEqual({ ok: false, reason: "malformed" })
  })
})

describe("status flow", () => {
  const repair = (patch: Partial<RepairRow> = {}) =>
    ({
      id: "rep_1",
      status: "in_progress",
      work_type: "reinstall",
      sequence: 0,
      estimate_status: "approved",
      visibility_ack_version: "v",
      permanent_deletion_version: null,
      ...patch,
    }) as RepairRow
  it("should allow cancelling from every open state only", () => {
    for (const s of ["intake", "diagnosing", "awaiting_approval", "in_progress", "ready_for_pickup"] as const) expect(allowedNext(s)).toContain("cancelled")
    for (const s of ["delivered", "closed", "cancelled"] as const) expect(allowedNext(s)).not.toContain("cancelled")
  })
  it("should need two distinct stores for a reinstall unless permanent deletion was allowed", () => {
    const r = repair({ status: "awaiting_approval" })
    const scopes = new Set(["wipe_reinstall", "copy_user_data"] as const)
    expect(refuseTransition(r, { to: "in_progress" }, { scopes: scopes as any, backupStores: ["a", "a"] })?.message).toContain("two backup copies")
    expect(refuseTransition(r, { to: "in_progress" }, { scopes: scopes as any, backupStores: ["a", "b"] })).toBeNull()
    expect(
      refuseTransition({ ...r, permanent_deletion_version: "p" }, { to: "in_progress" }, { scopes: new Set(["wipe_reinstall"]) as any, backupStores: [] })
    ).toBeNull()
  })
})
