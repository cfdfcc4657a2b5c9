import { createPrivateKey } from "crypto"
import fs from "fs"
import { MedusaError } from "@medusajs/framework/utils"
import { DKIM_SIGNED_HEADERS, ResolvedNodemailerOptions } from "./types"

export type ResolvedDkim = { domainName: string; keySelector: string; privateKey: string; headerFieldNames: string }

const fail = (option: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "dkim.${option}" of the nodemailer notification provider: ${message}`)

/**
 * The DKIM settings nodemailer signs with, checked at boot: the key is read (from the file when
 * `privateKeyFile` is set) and parsed, so a wrong path or a broken key stops the boot instead of sending
 * unsigned mail. The signed headers always include List-Unsubscribe and List-Unsubscribe-Post.
 */
export function resolveDkim(dkim: ResolvedNodemailerOptions["dkim"]): ResolvedDkim | undefined {
  if (!dkim) return undefined
  let pem = dkim.privateKey
  if (dkim.privateKeyFile) {
    try {
      pem = fs.readFileSync(dkim.privateKeyFile, "utf8")
    } catch (e) {
      throw fail("privateKeyFile", `cannot read the key file (${(e as NodeJS.ErrnoException).code ?? "error"})`)
    }
  }
  try {
    const key = createPrivateKey(pem!)
    if (key.asymmetricKeyType !== "rsa" && key.asymmetricKeyType !== "ed25519") {
      throw new Error(`a ${key.asymmetricKeyType} key`)
    }
  } catch (e) {
    throw fail(dkim.privateKeyFile ? "privateKeyFile" : "privateKey", `not a usable RSA or Ed25519 private key (${(e as Error).message})`)
  }
  const names = (dkim.headerFieldNames ?? DKIM_SIGNED_HEADERS.join(":"))
    .split(":")
    .map((h) => h.trim())
    .filter(Boolean)
  for (const required of ["List-Unsubscribe", "List-Unsubscribe-Post"]) {
    if (!names.some((h) => h.toLowerCase() === required.toLowerCase())) names.push(required)
  }
  return { domainName: dkim.domainName.toLowerCase(), keySelector: dkim.keySelector, privateKey: pem!, headerFieldNames: names.join(":") }
}
