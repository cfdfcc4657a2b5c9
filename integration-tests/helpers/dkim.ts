import { createHash, createPublicKey, verify } from "crypto"

/**
 * Verifies a message's DKIM-Signature (RFC 6376, rsa-sha256, relaxed/relaxed as nodemailer signs) with the
 * given public key, the way a receiving server does once it has fetched `<s>._domainkey.<d>` from DNS.
 * Returns the signature's tags and which headers it covers.
 */
export function verifyDkim(raw: string, publicKeyPem: string) {
  const text = raw.replace(/\r?\n/g, "\r\n")
  const split = text.indexOf("\r\n\r\n")
  const headerBlock = text.slice(0, split)
  const body = text.slice(split + 4)
  // Unfolded header fields, in order, with their original text.
  const fields: { name: string; raw: string }[] = []
  for (const line of headerBlock.split("\r\n")) {
    if (/^[ \t]/.test(line) && fields.length) fields[fields.length - 1].raw += `\r\n${line}`
    else fields.push({ name: line.slice(0, line.indexOf(":")).trim().toLowerCase(), raw: line })
  }
  const sigField = fields.find((f) => f.name === "dkim-signature")
  if (!sigField) throw new Error("no DKIM-Signature header")
  const relaxedHeader = (f: { raw: string }) => {
    const i = f.raw.indexOf(":")
    const name = f.raw.slice(0, i).trim().toLowerCase()
    const value = f.raw
      .slice(i + 1)
      .replace(/\r\n/g, "")
      .replace(/[ \t]+/g, " ")
      .trim()
    return `${name}:${value}`
  }
  const sigValue = sigField.raw.slice(sigField.raw.indexOf(":") + 1).replace(/\r\n/g, "")
  const tags: Record<string, string> = {}
  for (const part of sigValue.split(";")) {
    const i = part.indexOf("=")
    if (i > 0) tags[part.slice(0, i).trim()] = part.slice(i + 1).replace(/\s+/g, "")
  }
  if (tags.a !== "rsa-sha256") throw new Error(`unsupported algorithm ${tags.a}`)
  if ((tags.c ?? "simple/simple") !== "relaxed/relaxed") throw new Error(`unsupported canonicalization ${tags.c}`)

  // Body: relaxed canonicalization, then the hash must match bh=.
  let canonBody = body
    .split("\r\n")
    .map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, ""))
    .join("\r\n")
    .replace(/(\r\n)*$/, "")
  canonBody = canonBody.length ? `${canonBody}\r\n` : ""
  const bodyHash = createHash("sha256").update(canonBody, "utf8").digest("base64")
  const bodyHashOk = bodyHash === tags.bh

  // Headers named in h=, each taken bottom-up, then the signature header with an empty b=.
  const signed = tags.h.split(":").map((h) => h.trim().toLowerCase())
  const used = new Set<number>()
  const lines: string[] = []
  for (const name of signed) {
    for (let i = fields.length - 1; i >= 0; i--) {
      if (fields[i].name === name && !used.has(i) && fields[i] !== sigField) {
        used.add(i)
        lines.push(relaxedHeader(fields[i]))
        break
      }
    }
  }
  const sigWithoutB = relaxedHeader({ raw: sigField.raw.replace(/(\bb=)[^;]*/, "$1") })
  const data = [...lines, sigWithoutB].join("\r\n")
  const signatureOk = verify("sha256", Buffer.from(data, "utf8"), createPublicKey(publicKeyPem), Buffer.from(tags.b, "base64"))
  return { valid: bodyHashOk && signatureOk, bodyHashOk, signatureOk, tags, signedHeaders: signed }
}
