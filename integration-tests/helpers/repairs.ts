import { createHash, randomBytes } from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { inflateSync } from "zlib"
import { AxiosInstance } from "axios"
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from "pdf-lib"

export const REPAIR = "repair"

/**
 * Two temporary backup stores for the shop under test; call at the top of a test
 * file, before the runner boots the shop (medusa-config.ts reads the variables).
 */
export function useBackupStores() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "repairs-stores-"))
  const a = path.join(root, "a")
  const b = path.join(root, "b")
  fs.mkdirSync(path.join(a, "inbox"), { recursive: true })
  fs.mkdirSync(path.join(b, "inbox"), { recursive: true })
  process.env.REPAIRS_BACKUP_DIR_A = a
  process.env.REPAIRS_BACKUP_DIR_B = b
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  return { a, b, dirOf: (store: string) => (store === "store-a" ? a : b) }
}

/** Writes a plaintext "backup" into a store's inbox, as a technician's copy tool would; returns what to register. */
export function placeBackup(dir: string, name: string, bytes = 2048) {
  const data = Buffer.concat([Buffer.from(`backup ${name} `), randomBytes(bytes)])
  const rel = `${name}.bin`
  fs.mkdirSync(path.dirname(path.join(dir, "inbox", rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, "inbox", rel), data)
  return { path: rel, size_bytes: data.length, sha256: createHash("sha256").update(data).digest("hex"), data }
}

/** Every file left under a store's vault. */
export function vaultFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out.push(path.relative(dir, p))
    }
  }
  walk(path.join(dir, "vault"))
  return out
}

export const intakeBody = (extra: Record<string, unknown> = {}) => ({
  work_type: "reinstall",
  device: { type: "laptop", brand: "Lenovo", model: "ThinkPad T14", serial: "PF-3K9X2" },
  problem: "Windows start niet meer op; graag herinstallatie met behoud van foto's.",
  intake_condition: { checklist: { "Scherm heel": true, "Krassen op behuizing": true, "Toetsenbord compleet": true }, notes: "Kleine deuk linksboven" },
  accessories: ["Lader 65 W"],
  locale: "nl",
  ...extra,
})

export async function texts(api: AxiosInstance, headers: Record<string, string>) {
  const { data } = await api.get("/admin/repair-texts", { headers })
  return data.texts as Record<"file_access" | "visibility" | "permanent_deletion" | "early_deletion", { version: string; body: { nl: string; en: string } }>
}

/** The text shown in a PDF, read back with pdf-lib: every string drawn on every page, in order. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes)
  const parts: string[] = []
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    for (const ref of refs) {
      const stream = (ref instanceof PDFRef ? doc.context.lookup(ref) : ref) as PDFStream
      let raw = Buffer.from(stream instanceof PDFRawStream ? stream.contents : (stream as any).getContents())
      if (String(stream.dict.get(PDFName.of("Filter")) ?? "").includes("FlateDecode")) raw = inflateSync(raw)
      const content = raw.toString("latin1")
      for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(m[1], "hex").toString("latin1"))
    }
  }
  return parts.join(" ").replace(/\s+/g, " ")
}

export const squash = (s: string) => s.replace(/\s+/g, " ").trim()
