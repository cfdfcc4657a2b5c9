import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124232834 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "multisafepay_dispute" drop constraint if exists "multisafepay_dispute_msp_order_id_unique";`)
    this.addSql(
      `create table if not exists "multisafepay_dispute" ("id" text not null, "msp_order_id" text not null, "payment_session_id" text not null, "order_id" text null, "customer_id" text null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolved_at" timestamptz null, "resolved_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "multisafepay_dispute_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_multisafepay_dispute_deleted_at" ON "multisafepay_dispute" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_multisafepay_dispute_msp_order_id_unique" ON "multisafepay_dispute" ("msp_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_multisafepay_dispute_customer_id_status" ON "multisafepay_dispute" ("customer_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_multisafepay_dispute_status_created_at" ON "multisafepay_dispute" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "multisafepay_dispute" cascade;`)
  }
}
