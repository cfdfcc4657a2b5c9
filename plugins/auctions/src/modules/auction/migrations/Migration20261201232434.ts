import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201232434 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "auction_lot" add column if not exists "sales_channel_id" text null, add column if not exists "lapsed_winning_price_cents" integer null, add column if not exists "lapsed_payment_due_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_auction_lot_lapsed_winner_customer_id" ON "auction_lot" ("lapsed_winner_customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_auction_lot_lapsed_winner_customer_id";`)
    this.addSql(
      `alter table if exists "auction_lot" drop column if exists "sales_channel_id", drop column if exists "lapsed_winning_price_cents", drop column if exists "lapsed_payment_due_at";`
    )
  }
}
