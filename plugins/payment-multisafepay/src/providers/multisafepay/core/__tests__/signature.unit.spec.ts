import fs from "fs"
import path from "path"
import { signNotification, verifyNotification } from "../signature"

const vector = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "webhook-vector.json"), "utf8")) as {
  api_key: string
  timestamp: string
  raw_body: string
  expected_auth_header: string
}
const ts = Number(vector.timestamp)

describe("MultiSafepay webhook signature", () => {
  it("should reproduce the published Auth header of the documentation", () => {
    expect(signNotification(vector.api_key, vector.timestamp, vector.raw_body)).toBe(vector.expected_auth_header)
  })

  it("should accept the published vector inside the 600 s window", () => {
    expect(verifyNotification(vector.raw_body, vector.expected_auth_header, vector.api_key, ts + 599)).toEqual({ valid: true, timestamp: ts })
  })

  it("should accept the raw body as a Buffer and a key with surrounding spaces", () => {
    expect(verifyNotification(Buffer.from(vector.raw_body), vector.expected_auth_header, ` ${vector.api_key} `, ts).valid).toBe(true)
  })

  it("should reject a replay outside the window", () => {
    expect(verifyNotification(vector.raw_body, vector.expected_auth_header, vector.api_key, ts + 601)).toEqual({
      valid: false,
      reason: "timestamp outside the window",
    })
  })

  it("should reject a re-serialized body (the space after order_id matters)", () => {
    const reserialized = JSON.stringify(JSON.parse(vector.raw_body))
    expect(verifyNotification(reserialized, vector.expected_auth_header, vector.api_key, ts).valid).toBe(false)
  })

  it("should reject a tampered or truncated body and a wrong key", () => {
    expect(verifyNotification(vector.raw_body.replace('"initialized"', '"completed"'), vector.expected_auth_header, vector.api_key, ts).valid).toBe(false)
    expect(verifyNotification(vector.raw_body.slice(0, -1), vector.expected_auth_header, vector.api_key, ts).valid).toBe(false)
    expect(verifyNotification(vector.raw_body, vector.expected_auth_header, "another-key", ts).valid).toBe(false)
  })

  it("should reject missing, empty and malformed headers without throwing", () => {
    for (const h of [
      undefined,
      "",
      "bm90LWEtc2lnbmF0dXJl",
      Buffer.from("123:abc").toString("base64"),
      Buffer.from(`x:${"a".repeat(128)}`).toString("base64"),
    ]) {
      expect(verifyNotification(vector.raw_body, h, vector.api_key, ts).valid).toBe(false)
    }
  })
})
