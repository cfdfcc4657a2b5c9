import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124193424 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "newsletter_token" drop constraint if exists "newsletter_token_token_hash_unique";`)
    this.addSql(`alter table if exists "newsletter_suppression" drop constraint if exists "newsletter_suppression_email_hash_unique";`)
    this.addSql(`alter table if exists "newsletter_subscription" drop constraint if exists "newsletter_subscription_email_hash_unique";`)
    this.addSql(`alter table if exists "newsletter_consent_text" drop constraint if exists "newsletter_consent_text_locale_version_unique";`)
    this.addSql(
      `alter table if exists "newsletter_campaign_delivery" drop constraint if exists "newsletter_campaign_delivery_campaign_id_subscription_id_unique";`
    )
    this.addSql(
      `create table if not exists "newsletter_campaign" ("id" text not null, "subject" text not null, "html" text not null, "text" text not null, "status" text check ("status" in ('draft', 'sending', 'sent')) not null default 'draft', "started_at" timestamptz null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_campaign_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_campaign_deleted_at" ON "newsletter_campaign" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_campaign_status" ON "newsletter_campaign" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "newsletter_campaign_delivery" ("id" text not null, "campaign_id" text not null, "subscription_id" text not null, "status" text check ("status" in ('queued', 'sending', 'sent', 'failed', 'skipped')) not null default 'queued', "claimed_at" timestamptz null, "sent_at" timestamptz null, "attempts" integer not null default 0, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_campaign_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_campaign_delivery_deleted_at" ON "newsletter_campaign_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_campaign_delivery_campaign_id_subscription_id_unique" ON "newsletter_campaign_delivery" ("campaign_id", "subscription_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_campaign_delivery_campaign_id_status" ON "newsletter_campaign_delivery" ("campaign_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "newsletter_consent_event" ("id" text not null, "subscription_id" text not null, "email_hash" text not null, "action" text check ("action" in ('requested', 'confirmed', 'unsubscribed', 'resubscribed', 'admin_change', 'erased')) not null, "legal_basis" text check ("legal_basis" in ('consent', 'soft_opt_in')) not null default 'consent', "occurred_at" timestamptz not null, "source" text null, "locale" text null, "ip" text null, "user_agent" text null, "consent_text_id" text null, "consent_text_hash" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_consent_event_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_deleted_at" ON "newsletter_consent_event" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_subscription_id" ON "newsletter_consent_event" ("subscription_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_email_hash" ON "newsletter_consent_event" ("email_hash") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_ip_action_occurred_at" ON "newsletter_consent_event" ("ip", "action", "occurred_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "newsletter_consent_text" ("id" text not null, "locale" text not null, "version" integer not null, "body" text not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_consent_text_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_text_deleted_at" ON "newsletter_consent_text" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_consent_text_locale_version_unique" ON "newsletter_consent_text" ("locale", "version") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "newsletter_subscription" ("id" text not null, "email" text null, "email_hash" text not null, "status" text check ("status" in ('pending', 'subscribed', 'unsubscribed', 'suppressed', 'erased')) not null default 'pending', "legal_basis" text check ("legal_basis" in ('consent', 'soft_opt_in')) not null default 'consent', "customer_id" text null, "locale" text not null default 'nl', "source" text null, "confirmed_at" timestamptz null, "unsubscribed_at" timestamptz null, "token_version" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_subscription_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_subscription_deleted_at" ON "newsletter_subscription" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_subscription_email_hash_unique" ON "newsletter_subscription" ("email_hash") WHERE status != 'erased' AND deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_subscription_customer_id" ON "newsletter_subscription" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_subscription_status" ON "newsletter_subscription" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "newsletter_suppression" ("id" text not null, "email_hash" text not null, "reason" text check ("reason" in ('erased', 'bounced', 'complained', 'admin')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_suppression_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_suppression_deleted_at" ON "newsletter_suppression" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_suppression_email_hash_unique" ON "newsletter_suppression" ("email_hash") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "newsletter_token" ("id" text not null, "subscription_id" text not null, "purpose" text check ("purpose" in ('confirm')) not null default 'confirm', "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_token_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_token_deleted_at" ON "newsletter_token" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_token_token_hash_unique" ON "newsletter_token" ("token_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_token_subscription_id" ON "newsletter_token" ("subscription_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "newsletter_campaign" cascade;`)

    this.addSql(`drop table if exists "newsletter_campaign_delivery" cascade;`)

    this.addSql(`drop table if exists "newsletter_consent_event" cascade;`)

    this.addSql(`drop table if exists "newsletter_consent_text" cascade;`)

    this.addSql(`drop table if exists "newsletter_subscription" cascade;`)

    this.addSql(`drop table if exists "newsletter_suppression" cascade;`)

    this.addSql(`drop table if exists "newsletter_token" cascade;`)
  }
}
