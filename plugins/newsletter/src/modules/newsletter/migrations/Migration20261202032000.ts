import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202032000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "newsletter_campaign" add column if not exists "markdown" text null, add column if not exists "send_at" timestamptz null;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_newsletter_campaign_status_send_at" ON "newsletter_campaign" ("status", "send_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_newsletter_campaign_status_send_at";`)
    this.addSql(`alter table if exists "newsletter_campaign" drop column if exists "markdown", drop column if exists "send_at";`)
  }
}
