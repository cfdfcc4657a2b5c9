import { z } from "@medusajs/framework/zod"
import { DEVICE_TYPES, WORK_TYPES } from "../../../modules/repair/constants"
import {
  AckBody,
  Category,
  Condition,
  ConsentBody,
  EstimateDecision,
  Locale,
  RequestBody,
  Scopes,
  Statuses,
  text,
  WithdrawBody,
} from "../../../utils/validation"

const id = (field: string, prefix: string) =>
  z.string({ error: `${field} must be a string` }).regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,60}$`), { error: `${field} must be a ${prefix}_ id` })

export const AdminListRepairs = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).max(1_000_000).default(0),
    order: z
      .enum(["created_at", "-created_at", "updated_at", "-updated_at"], { error: "order must be created_at or updated_at (optionally with -)" })
      .optional(),
    fields: text("fields", 500).optional(),
    status: Statuses.optional(),
    customer_id: id("customer_id", "cus").optional(),
  })
  .strict()

export const AdminCreateRepair = z
  .object({
    customer_id: id("customer_id", "cus").optional(),
    contact: z
      .object({
        email: z.email({ error: "contact.email must be an e-mail address" }).max(254),
        first_name: text("contact.first_name", 100),
        last_name: text("contact.last_name", 100),
        phone: text("contact.phone", 40).optional(),
      })
      .strict()
      .optional(),
    work_type: z.enum([...WORK_TYPES], { error: `work_type must be among ${WORK_TYPES.join(", ")}` }),
    device: z
      .object({
        type: z.enum([...DEVICE_TYPES], { error: `device.type must be among ${DEVICE_TYPES.join(", ")}` }),
        brand: text("device.brand", 100),
        model: text("device.model", 100),
        serial: text("device.serial", 100).optional(),
      })
      .strict(),
    problem: text("problem", 4000),
    intake_condition: Condition,
    accessories: z.array(text("accessories item", 100)).max(30).default([]),
    device_password: text("device_password", 200).optional(),
    technician_user_id: id("technician_user_id", "user").optional(),
    order_id: id("order_id", "order").optional(),
    line_item_id: id("line_item_id", "ordli").optional(),
    data_wishes: text("data_wishes", 2000).optional(),
    locale: Locale.default("nl"),
  })
  .strict()
  .refine((b) => !!b.customer_id !== !!b.contact, { error: "give either customer_id or contact", path: ["customer_id"] })

export const AdminUpdateRepair = z.object({ technician_user_id: id("technician_user_id", "user").nullable() }).strict()

export const AdminTransition = z
  .object({
    to: Statuses,
    note: text("note", 1000).optional(),
    estimate: z
      .object({
        amount: z.number({ error: "estimate.amount must be a number" }).min(0).max(100_000, { error: "estimate.amount is too large" }),
        note: text("estimate.note", 1000).optional(),
      })
      .strict()
      .optional(),
    return_condition: Condition.optional(),
  })
  .strict()

export const AdminConsent = ConsentBody.extend({ signature_name: text("signature_name", 200) }).strict()
export const AdminWithdraw = WithdrawBody
export const AdminAck = AckBody
export const AdminEstimate = EstimateDecision
export const AdminFileAccess = z
  .object({
    scope: z.enum(Scopes.element.options.filter((s) => s !== "none") as [string, ...string[]], { error: "scope must be a file-access scope" }),
    reason: text("reason", 500),
  })
  .strict()
export const AdminCredential = z.object({ secret: text("secret", 200) }).strict()
export const AdminReveal = z.object({ reason: text("reason", 500) }).strict()
export const AdminBackup = z
  .object({
    category: Category,
    store_id: text("store_id", 40),
    path: text("path", 500),
    size_bytes: z.number({ error: "size_bytes must be a number" }).int({ error: "size_bytes must be an integer" }).min(0).max(Number.MAX_SAFE_INTEGER),
    sha256: z.string({ error: "sha256 must be a string" }).regex(/^[0-9a-fA-F]{64}$/, { error: "sha256 must be 64 hex characters" }),
  })
  .strict()
export const AdminRequest = RequestBody

export const AdminListBackups = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(200).default(50),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).max(1_000_000).default(0),
    fields: text("fields", 500).optional(),
    order: z.enum(["delete_on", "-delete_on", "created_at", "-created_at"]).optional(),
    state: z.enum(["live", "deleted", "overdue", "all"], { error: "state must be live, deleted, overdue or all" }).default("live"),
  })
  .strict()

export type AdminCreateRepairType = z.infer<typeof AdminCreateRepair>
export type AdminTransitionType = z.infer<typeof AdminTransition>
