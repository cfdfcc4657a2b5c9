import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124193226 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "privacy_subject_clock" drop constraint if exists "privacy_subject_clock_customer_id_unique";`)
    this.addSql(`alter table if exists "privacy_policy_text" drop constraint if exists "privacy_policy_text_kind_version_locale_unique";`)
    this.addSql(
      `create table if not exists "privacy_audit_log" ("id" text not null, "rule" text not null, "actor" text not null, "counts" jsonb not null, "subject_ref" text null, "run_id" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_audit_log_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_audit_log_deleted_at" ON "privacy_audit_log" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_audit_log_occurred_at" ON "privacy_audit_log" ("occurred_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_audit_log_rule" ON "privacy_audit_log" ("rule") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "privacy_consent_record" ("id" text not null, "visitor_id" text null, "customer_id" text null, "subject_hash" text null, "category" text check ("category" in ('necessary', 'analytics', 'marketing')) not null, "granted" boolean not null, "action" text check ("action" in ('choice', 'withdrawal')) not null default 'choice', "policy_text_id" text not null, "policy_text_version" text not null, "policy_text_hash" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_consent_record_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_record_deleted_at" ON "privacy_consent_record" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_record_visitor_id_category" ON "privacy_consent_record" ("visitor_id", "category") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_privacy_consent_record_customer_id_category" ON "privacy_consent_record" ("customer_id", "category") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "privacy_data_subject_request" ("id" text not null, "type" text check ("type" in ('access', 'erasure', 'rectification', 'objection')) not null, "status" text check ("status" in ('received', 'cooling_off', 'in_progress', 'completed', 'cancelled', 'rejected')) not null default 'received', "channel" text check ("channel" in ('store_api', 'email', 'phone', 'letter', 'admin')) not null, "customer_id" text null, "subject_email" text null, "received_at" timestamptz not null, "due_at" timestamptz not null, "execute_after" timestamptz null, "completed_at" timestamptz null, "handled_by" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_data_subject_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_privacy_data_subject_request_deleted_at" ON "privacy_data_subject_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_privacy_data_subject_request_status_due_at" ON "privacy_data_subject_request" ("status", "due_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_privacy_data_subject_request_customer_id" ON "privacy_data_subject_request" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "privacy_legal_hold" ("id" text not null, "customer_id" text not null, "reason" text not null, "reference" text null, "created_by" text not null, "released_at" timestamptz null, "released_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_legal_hold_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_legal_hold_deleted_at" ON "privacy_legal_hold" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_legal_hold_customer_id" ON "privacy_legal_hold" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "privacy_policy_text" ("id" text not null, "kind" text check ("kind" in ('cookies', 'privacy_statement')) not null, "version" text not null, "locale" text not null default 'nl', "body" text not null, "hash" text not null, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_policy_text_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_policy_text_deleted_at" ON "privacy_policy_text" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_policy_text_kind_version_locale_unique" ON "privacy_policy_text" ("kind", "version", "locale") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "privacy_processor" ("id" text not null, "name" text not null, "purpose" text not null, "data_categories" jsonb not null, "location" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_processor_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_processor_deleted_at" ON "privacy_processor" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "privacy_retention_run" ("id" text not null, "dry_run" boolean not null, "status" text check ("status" in ('running', 'completed', 'failed', 'interrupted')) not null default 'running', "actor" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "counts" jsonb not null, "failures" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_retention_run_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_retention_run_deleted_at" ON "privacy_retention_run" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_retention_run_started_at" ON "privacy_retention_run" ("started_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "privacy_subject_clock" ("id" text not null, "customer_id" text not null, "last_activity_at" timestamptz not null, "warned_at" timestamptz null, "failed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_subject_clock_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_subject_clock_deleted_at" ON "privacy_subject_clock" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_privacy_subject_clock_customer_id_unique" ON "privacy_subject_clock" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_audit_log" cascade;`)

    this.addSql(`drop table if exists "privacy_consent_record" cascade;`)

    this.addSql(`drop table if exists "privacy_data_subject_request" cascade;`)

    this.addSql(`drop table if exists "privacy_legal_hold" cascade;`)

    this.addSql(`drop table if exists "privacy_policy_text" cascade;`)

    this.addSql(`drop table if exists "privacy_processor" cascade;`)

    this.addSql(`drop table if exists "privacy_retention_run" cascade;`)

    this.addSql(`drop table if exists "privacy_subject_clock" cascade;`)
  }
}
