import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201232617 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_customer_id_unique";`)
    this.addSql(`alter table if exists "review_summary" drop constraint if exists "review_summary_product_id_unique";`)
    this.addSql(`alter table if exists "review_request" drop constraint if exists "review_request_order_id_unique";`)
    this.addSql(`alter table if exists "review_policy_version" drop constraint if exists "review_policy_version_version_unique";`)
    this.addSql(`alter table if exists "review_opt_out" drop constraint if exists "review_opt_out_customer_id_unique";`)
    this.addSql(`alter table if exists "review_check_text" drop constraint if exists "review_check_text_version_unique";`)
    this.addSql(`alter table if exists "review" drop constraint if exists "review_customer_id_product_id_unique";`)
    this.addSql(
      `create table if not exists "review" ("id" text not null, "product_id" text not null, "customer_id" text null, "rating" integer not null, "title" text null, "body" text null, "experienced_at" timestamptz null, "locale" text check ("locale" in ('nl', 'en')) not null default 'nl', "status" text check ("status" in ('pending', 'approved', 'rejected', 'unpublished')) not null default 'pending', "identity" text check ("identity" in ('full_name', 'first_name_initial', 'pseudonym', 'anonymous')) not null default 'anonymous', "pseudonym" text null, "verification" text check ("verification" in ('none', 'ordered', 'delivered')) not null default 'none', "purchased_at" timestamptz null, "flags" jsonb not null default '{"codes":[]}', "helpful_count" integer not null default 0, "rejection_count" integer not null default 0, "decision_reason_code" text null, "decision_policy_version" integer null, "decision_note" text null, "decided_by" text null, "decided_at" timestamptz null, "published_at" timestamptz null, "reply_body" text null, "reply_by" text null, "reply_updated_at" timestamptz null, "submitted_at" timestamptz not null, "anonymized_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_customer_id_product_id_unique" ON "review" ("customer_id", "product_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_published_at" ON "review" ("product_id", "status", "published_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_rating" ON "review" ("product_id", "status", "rating") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_helpful_count" ON "review" ("product_id", "status", "helpful_count") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_status_submitted_at" ON "review" ("status", "submitted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_audit" ("id" text not null, "review_id" text not null, "action" text not null, "actor" text not null, "from_status" text null, "to_status" text null, "reason_code" text null, "policy_version" integer null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_audit_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_audit_deleted_at" ON "review_audit" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_audit_review_id_created_at" ON "review_audit" ("review_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_audit_actor" ON "review_audit" ("actor") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_check_text" ("id" text not null, "version" integer not null, "body_nl" text not null, "body_en" text not null, "published_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_check_text_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_check_text_deleted_at" ON "review_check_text" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_check_text_version_unique" ON "review_check_text" ("version") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_file_deletion" ("id" text not null, "file_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_file_deletion_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_file_deletion_deleted_at" ON "review_file_deletion" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_opt_out" ("id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_opt_out_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_opt_out_deleted_at" ON "review_opt_out" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_opt_out_customer_id_unique" ON "review_opt_out" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_photo" ("id" text not null, "review_id" text not null, "file_id" text not null, "url" text not null, "mime_type" text not null, "size_bytes" integer not null, "width" integer not null, "height" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_photo_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_photo_deleted_at" ON "review_photo" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_photo_review_id" ON "review_photo" ("review_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_policy_version" ("id" text not null, "version" integer not null, "content" jsonb not null, "published_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_policy_version_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_policy_version_deleted_at" ON "review_policy_version" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_policy_version_version_unique" ON "review_policy_version" ("version") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_request" ("id" text not null, "order_id" text not null, "customer_id" text not null, "due_at" timestamptz not null, "sent_at" timestamptz null, "skipped_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_deleted_at" ON "review_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_order_id_unique" ON "review_request" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_request_due_at" ON "review_request" ("due_at") WHERE sent_at IS NULL AND skipped_reason IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_customer_id" ON "review_request" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_summary" ("id" text not null, "product_id" text not null, "review_count" integer not null default 0, "rating_sum" integer not null default 0, "star_1" integer not null default 0, "star_2" integer not null default 0, "star_3" integer not null default 0, "star_4" integer not null default 0, "star_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_summary_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_summary_deleted_at" ON "review_summary" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_summary_product_id_unique" ON "review_summary" ("product_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "review_vote" ("id" text not null, "review_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_customer_id_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_customer_id" ON "review_vote" ("customer_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`)

    this.addSql(`drop table if exists "review_audit" cascade;`)

    this.addSql(`drop table if exists "review_check_text" cascade;`)

    this.addSql(`drop table if exists "review_file_deletion" cascade;`)

    this.addSql(`drop table if exists "review_opt_out" cascade;`)

    this.addSql(`drop table if exists "review_photo" cascade;`)

    this.addSql(`drop table if exists "review_policy_version" cascade;`)

    this.addSql(`drop table if exists "review_request" cascade;`)

    this.addSql(`drop table if exists "review_summary" cascade;`)

    this.addSql(`drop table if exists "review_vote" cascade;`)
  }
}
