import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124193753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "auction_bid" drop constraint if exists "auction_bid_lot_id_sequence_unique";`)
    this.addSql(`alter table if exists "auction_ban" drop constraint if exists "auction_ban_customer_id_unique";`)
    this.addSql(
      `create table if not exists "auction_ban" ("id" text not null, "customer_id" text not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_ban_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_ban_deleted_at" ON "auction_ban" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auction_ban_customer_id_unique" ON "auction_ban" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "auction_bid" ("id" text not null, "lot_id" text not null, "customer_id" text not null, "bidder_number" integer null, "sequence" integer not null, "amount_cents" integer not null, "max_amount_cents" integer not null, "kind" text check ("kind" in ('bid', 'max_raise', 'buy_now')) not null default 'bid', "accepted" boolean not null, "rejection_code" text null, "outbid" boolean not null default false, "price_after_cents" integer null, "ends_at_after" timestamptz null, "anonymized_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_bid_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_deleted_at" ON "auction_bid" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auction_bid_lot_id_sequence_unique" ON "auction_bid" ("lot_id", "sequence") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_lot_id_customer_id" ON "auction_bid" ("lot_id", "customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_customer_id" ON "auction_bid" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "auction_lot" ("id" text not null, "variant_id" text not null, "title" text null, "currency_code" text not null default 'eur', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "original_ends_at" timestamptz not null, "starting_price_cents" integer not null, "reserve_price_cents" integer null, "buy_now_price_cents" integer null, "increments" jsonb not null, "snipe_window_seconds" integer not null default 0, "snipe_extension_seconds" integer not null default 0, "snipe_cap_seconds" integer not null default 0, "status" text check ("status" in ('scheduled', 'active', 'ended', 'cancelled')) not null default 'scheduled', "result" text check ("result" in ('won', 'reserve_not_met', 'no_bids')) null, "current_price_cents" integer null, "leader_customer_id" text null, "leader_max_cents" integer null, "bid_count" integer not null default 0, "bidder_count" integer not null default 0, "sequence" integer not null default 0, "winner_customer_id" text null, "winning_price_cents" integer null, "won_via" text check ("won_via" in ('bidding', 'buy_now', 'second_chance')) null, "ended_at" timestamptz null, "payment_due_at" timestamptz null, "payment_status" text check ("payment_status" in ('awaiting', 'paid', 'expired')) null, "payment_reminded_at" timestamptz null, "cart_id" text null, "order_id" text null, "lapsed_winner_customer_id" text null, "relisted_as_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_lot_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_deleted_at" ON "auction_lot" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_status_ends_at" ON "auction_lot" ("status", "ends_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_winner_customer_id" ON "auction_lot" ("winner_customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_cart_id" ON "auction_lot" ("cart_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "auction_ban" cascade;`)

    this.addSql(`drop table if exists "auction_bid" cascade;`)

    this.addSql(`drop table if exists "auction_lot" cascade;`)
  }
}
