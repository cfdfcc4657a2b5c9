import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto"
import fs from "fs/promises"
import path from "path"
import { MedusaError } from "@medusajs/framework/utils"
import { BackupStore } from "./types"

const MAGIC = Buffer.from("SSBK1")

/**
 * A backup store in a local directory (a disk or a mounted NAS volume). A technician
 * copies data into `<directory>/inbox/<path>`; ingest encrypts it (AES-256-GCM,
 * the store's key) into `<directory>/vault/<target>.enc` and removes the plaintext.
 */
export class LocalDirectoryStore implements BackupStore {
  constructor(
    readonly id: string,
    readonly directory: string,
    readonly keyRef: string,
    private readonly key: Buffer
  ) {}

  /** A path inside `base`, refusing anything that climbs out of it. */
  private inside(base: string, rel: string, field: string): string {
    const root = path.resolve(this.directory, base)
    const full = path.resolve(root, rel)
    if (rel.includes("\0") || !full.startsWith(root + path.sep)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a path inside backup store ${this.id}'s ${base} folder`)
    }
    return full
  }

  async ingest({ source, target, size, sha256 }: { source: string; target: string; size: number; sha256: string }) {
    const src = this.inside("inbox", source, "path")
    const data = await fs.readFile(src).catch(() => {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `path ${source} was not found in backup store ${this.id}'s inbox`)
    })
    if (data.length !== size) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `size_bytes does not match the file in backup store ${this.id} (${data.length})`)
    }
    const digest = createHash("sha256").update(data).digest("hex")
    if (digest !== sha256.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `sha256 does not match the file in backup store ${this.id}`)
    }
    const location = `vault/${target}.enc`
    const dest = this.inside("vault", `${target}.enc`, "location")
    await fs.mkdir(path.dirname(dest), { recursive: true })
    const iv = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.key, iv)
    const ct = Buffer.concat([cipher.update(data), cipher.final()])
    const tmp = `${dest}.tmp-${process.pid}`
    await fs.writeFile(tmp, Buffer.concat([MAGIC, iv, cipher.getAuthTag(), ct]), { flag: "w" })
    await fs.rename(tmp, dest)
    await fs.rm(src, { force: true })
    return { location }
  }

  async remove(location: string) {
    await fs.rm(this.inside("vault", location.replace(/^vault\//, ""), "location"), { force: true })
  }

  async exists(location: string) {
    try {
      await fs.access(this.inside("vault", location.replace(/^vault\//, ""), "location"))
      return true
    } catch {
      return false
    }
  }

  async checksum(location: string) {
    const raw = await fs.readFile(this.inside("vault", location.replace(/^vault\//, ""), "location"))
    const iv = raw.subarray(MAGIC.length, MAGIC.length + 12)
    const tag = raw.subarray(MAGIC.length + 12, MAGIC.length + 28)
    const decipher = createDecipheriv("aes-256-gcm", this.key, iv)
    decipher.setAuthTag(tag)
    const plain = Buffer.concat([decipher.update(raw.subarray(MAGIC.length + 28)), decipher.final()])
    return createHash("sha256").update(plain).digest("hex")
  }
}
