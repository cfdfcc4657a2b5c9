import { model } from "@medusajs/framework/utils"
import { ESTIMATE_STATUSES, LOCALES, REPAIR_STATUSES, WORK_TYPES } from "../constants"

/** A device handed in for repair; the status flow and all customer choices hang off it. */
const RepairOrder = model
  .define("repair_order", {
    id: model.id({ prefix: "rep" }).primaryKey(),
    customer_id: model.text(),
    technician_user_id: model.text().nullable(),
    status: model.enum([...REPAIR_STATUSES]).default("intake"),
    work_type: model.enum([...WORK_TYPES]),
    device_type: model.text(),
    device_brand: model.text(),
    device_model: model.text(),
    device_serial: model.text().nullable(),
    problem: model.text(),
    accessories: model.json().default({ items: [] }),
    intake_condition: model.json(),
    return_condition: model.json().nullable(),
    estimate_cents: model.number().nullable(),
    estimate_note: model.text().nullable(),
    estimate_status: model.enum([...ESTIMATE_STATUSES]).default("none"),
    estimate_decided_at: model.dateTime().nullable(),
    estimate_decided_via: model.text().nullable(),
    visibility_ack_version: model.text().nullable(),
    visibility_ack_at: model.dateTime().nullable(),
    visibility_ack_via: model.text().nullable(),
    permanent_deletion_version: model.text().nullable(),
    permanent_deletion_at: model.dateTime().nullable(),
    credential_ciphertext: model.text().nullable(),
    credential_set_at: model.dateTime().nullable(),
    credential_purged_at: model.dateTime().nullable(),
    data_wishes: model.text().nullable(),
    backup_keep_until: model.dateTime().nullable(),
    backup_delete_sooner_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    locale: model.enum([...LOCALES]).default("nl"),
    delivered_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    backup_deletion_mailed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    sequence: model.number().default(0),
  })
  .indexes([{ on: ["customer_id"] }, { on: ["status"] }, { on: ["order_id"], where: "order_id IS NOT NULL" }])

export default RepairOrder
