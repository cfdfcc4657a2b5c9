import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The leader a bid displaced (whom the outbid subscriber mails) and when that mail was claimed. */
export class Migration20261202033000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "auction_bid" add column if not exists "displaced_customer_id" text null, add column if not exists "displaced_notified_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "auction_bid" drop column if exists "displaced_customer_id", drop column if exists "displaced_notified_at";`)
  }
}
