import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { scheduleProblem } from "./schedule"

const Key = z.string().refine((v) => Buffer.from(v, "base64").length === 32, { error: "must be 32 bytes, base64-encoded" })

const Store = z
  .object({
    /** Id of the store, recorded on every backup (e.g. "nas-a"). */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/),
    /** Adapter; only "local" (a directory on this machine or a mounted volume) ships. */
    type: z.literal("local").default("local"),
    /** Absolute directory of the store. */
    directory: z.string().min(1),
    /** Name of the key in `encryptionKeys` that encrypts this store at rest. */
    keyRef: z.string().min(1),
  })
  .strict()

export const RepairOptionsSchema = z
  .object({
    /** Backup stores; a reinstall needs copies in two distinct ones. At least two. */
    backupStores: z.array(Store).min(2, { error: "at least two backup stores are needed" }),
    /** AES-256 keys by reference (base64, 32 bytes) for encryption at rest of the backup stores. */
    encryptionKeys: z.record(z.string(), Key),
    /** AES-256-GCM key (base64, 32 bytes) for device passwords/PINs. */
    credentialKey: Key,
    /** HMAC secret of tracking links. */
    trackingSecret: z.string().min(16),
    /** Validity of a tracking link in days. Default 60. */
    trackingLinkDays: z.number().int().min(1).max(365).default(60),
    /** Days of the month on which the deletion sweep deletes due backups. Default [1, 15]. */
    sweepDays: z.array(z.number().int()).default([1, 15]),
    /** Days a backup is kept at least after delivery. Default 14 (the promise's minimum). */
    minKeepDays: z.number().int().default(14),
    /** Furthest a customer can ask to keep backups, in days after delivery. Default 90. */
    maxKeepDays: z.number().int().min(31).max(3650).default(90),
    /** Minutes after which a sweep's claim on a backup is considered abandoned (killed run). Default 30. */
    claimTimeoutMinutes: z.number().positive().default(30),
    /** Public base URL of the shop (tracking links). */
    publicUrl: z.string().url().default("http://localhost:9000"),
    /**
     * The shop's name in the consent texts and on the receipt ("Softshop opens no files …"). Default: none,
     * the texts then say "the shop" / "de winkel". Changing it changes the wording shown under the same text versions.
     */
    shopName: z.string().trim().min(1).max(100).optional(),
    /** Default mail language. */
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strip()
  .superRefine((o, ctx) => {
    const problem = scheduleProblem(o.sweepDays, o.minKeepDays)
    if (problem) ctx.addIssue({ code: "custom", path: ["sweepDays"], message: problem })
    const ids = o.backupStores.map((s) => s.id)
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["backupStores"], message: "store ids must be distinct" })
    const dirs = o.backupStores.map((s) => s.directory)
    if (new Set(dirs).size !== dirs.length) {
      ctx.addIssue({ code: "custom", path: ["backupStores"], message: "stores must use distinct directories" })
    }
    o.backupStores.forEach((s, i) => {
      if (!o.encryptionKeys[s.keyRef]) {
        ctx.addIssue({ code: "custom", path: ["backupStores", i, "keyRef"], message: `no encryption key "${s.keyRef}"` })
      }
    })
  })

export type RepairPluginOptions = z.input<typeof RepairOptionsSchema>
export type ResolvedRepairOptions = z.output<typeof RepairOptionsSchema>

export function parseRepairOptions(options: unknown): ResolvedRepairOptions {
  const parsed = RepairOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid option "${issue.path.join(".")}" of @softshop/medusa-repairs: ${issue.message}`)
  }
  return parsed.data
}
