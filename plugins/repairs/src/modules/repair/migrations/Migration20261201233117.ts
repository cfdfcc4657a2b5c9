import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201233117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "repair_deletion_certificate" drop constraint if exists "repair_deletion_certificate_backup_id_unique";`)
    this.addSql(
      `create table if not exists "repair_audit" ("id" text not null, "repair_id" text not null, "action" text not null, "actor" text not null, "detail" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_audit_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_audit_deleted_at" ON "repair_audit" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_audit_repair_id_created_at" ON "repair_audit" ("repair_id", "created_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "repair_backup" ("id" text not null, "repair_id" text not null, "category" text check ("category" in ('photos', 'documents', 'email', 'address_book', 'other')) not null, "store_id" text not null, "location" text not null, "size_bytes" numeric not null, "sha256" text not null, "key_ref" text not null, "created_by" text not null, "delete_on" timestamptz null, "delete_by" timestamptz null, "claim_run_id" text null, "claimed_at" timestamptz null, "removed_at" timestamptz null, "overdue_alerted_at" timestamptz null, "raw_size_bytes" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_backup_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_backup_deleted_at" ON "repair_backup" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_backup_repair_id" ON "repair_backup" ("repair_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_backup_delete_on" ON "repair_backup" ("delete_on") WHERE removed_at IS NULL AND deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "repair_consent" ("id" text not null, "repair_id" text not null, "scope" text check ("scope" in ('none', 'boot_test', 'open_named_folders', 'read_product_code', 'copy_user_data', 'wipe_reinstall')) not null, "text_version" text not null, "method" text check ("method" in ('desk_signature', 'store_api')) not null, "signature_name" text null, "actor" text not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, "withdrawn_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_consent_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_consent_deleted_at" ON "repair_consent" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_consent_repair_id_scope" ON "repair_consent" ("repair_id", "scope") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "repair_deletion_certificate" ("id" text not null, "backup_id" text not null, "repair_id" text not null, "category" text not null, "store_id" text not null, "location" text not null, "sha256" text not null, "size_bytes" numeric not null, "removed_at" timestamptz not null, "verified_absent" boolean not null, "run_id" text not null, "reason" text not null, "raw_size_bytes" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_deletion_certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_repair_deletion_certificate_deleted_at" ON "repair_deletion_certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_repair_deletion_certificate_backup_id_unique" ON "repair_deletion_certificate" ("backup_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_repair_deletion_certificate_repair_id" ON "repair_deletion_certificate" ("repair_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "repair_file_access" ("id" text not null, "repair_id" text not null, "actor" text not null, "scope" text not null, "reason" text not null, "allowed" boolean not null, "refusal" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_file_access_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_file_access_deleted_at" ON "repair_file_access" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_repair_file_access_repair_id_created_at" ON "repair_file_access" ("repair_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "repair_order" ("id" text not null, "customer_id" text not null, "technician_user_id" text null, "status" text check ("status" in ('intake', 'diagnosing', 'awaiting_approval', 'in_progress', 'ready_for_pickup', 'delivered', 'closed', 'cancelled')) not null default 'intake', "work_type" text check ("work_type" in ('reinstall', 'repair', 'upgrade', 'diagnosis')) not null, "device_type" text not null, "device_brand" text not null, "device_model" text not null, "device_serial" text null, "problem" text not null, "accessories" jsonb not null default '{"items":[]}', "intake_condition" jsonb not null, "return_condition" jsonb null, "estimate_cents" integer null, "estimate_note" text null, "estimate_status" text check ("estimate_status" in ('none', 'pending', 'approved', 'declined')) not null default 'none', "estimate_decided_at" timestamptz null, "estimate_decided_via" text null, "visibility_ack_version" text null, "visibility_ack_at" timestamptz null, "visibility_ack_via" text null, "permanent_deletion_version" text null, "permanent_deletion_at" timestamptz null, "credential_ciphertext" text null, "credential_set_at" timestamptz null, "credential_purged_at" timestamptz null, "data_wishes" text null, "backup_keep_until" timestamptz null, "backup_delete_sooner_at" timestamptz null, "order_id" text null, "line_item_id" text null, "locale" text check ("locale" in ('nl', 'en')) not null default 'nl', "delivered_at" timestamptz null, "closed_at" timestamptz null, "backup_deletion_mailed_at" timestamptz null, "cancelled_at" timestamptz null, "sequence" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_order_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_deleted_at" ON "repair_order" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_customer_id" ON "repair_order" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_status" ON "repair_order" ("status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_order_id" ON "repair_order" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "repair_request" ("id" text not null, "repair_id" text not null, "kind" text check ("kind" in ('keep_longer', 'delete_sooner', 'data_wish')) not null, "keep_until" timestamptz null, "own_risk_text_version" text null, "text" text null, "via" text not null, "actor" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_request_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_request_deleted_at" ON "repair_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_repair_request_repair_id_created_at" ON "repair_request" ("repair_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "repair_status_change" ("id" text not null, "repair_id" text not null, "from_status" text check ("from_status" in ('intake', 'diagnosing', 'awaiting_approval', 'in_progress', 'ready_for_pickup', 'delivered', 'closed', 'cancelled')) null, "to_status" text check ("to_status" in ('intake', 'diagnosing', 'awaiting_approval', 'in_progress', 'ready_for_pickup', 'delivered', 'closed', 'cancelled')) not null, "actor" text not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_status_change_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_status_change_deleted_at" ON "repair_status_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_repair_status_change_repair_id_created_at" ON "repair_status_change" ("repair_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "repair_sweep_run" ("id" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "status" text check ("status" in ('running', 'completed', 'interrupted', 'failed')) not null default 'running', "deleted" integer not null default 0, "trigger" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_sweep_run_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_sweep_run_deleted_at" ON "repair_sweep_run" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "repair_audit" cascade;`)

    this.addSql(`drop table if exists "repair_backup" cascade;`)

    this.addSql(`drop table if exists "repair_consent" cascade;`)

    this.addSql(`drop table if exists "repair_deletion_certificate" cascade;`)

    this.addSql(`drop table if exists "repair_file_access" cascade;`)

    this.addSql(`drop table if exists "repair_order" cascade;`)

    this.addSql(`drop table if exists "repair_request" cascade;`)

    this.addSql(`drop table if exists "repair_status_change" cascade;`)

    this.addSql(`drop table if exists "repair_sweep_run" cascade;`)
  }
}
