import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "auction_lot" add column if not exists "cancel_reason" text null, add column if not exists "cancelled_by" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "auction_lot" drop column if exists "cancel_reason", drop column if exists "cancelled_by";`)
  }
}
