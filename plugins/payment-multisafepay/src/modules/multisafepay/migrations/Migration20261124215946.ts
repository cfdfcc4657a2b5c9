import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124215946 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "multisafepay_late_payment" drop constraint if exists "multisafepay_late_payment_msp_order_id_unique";`)
    this.addSql(
      `create table if not exists "multisafepay_late_payment" ("id" text not null, "msp_order_id" text not null, "transaction_id" text null, "payment_session_id" text not null, "payment_id" text null, "cart_id" text null, "order_id" text null, "reason" text check ("reason" in ('order_canceled', 'session_canceled', 'session_replaced', 'cart_completed')) not null, "paid_state" text check ("paid_state" in ('captured', 'authorized')) not null, "msp_status" text not null, "msp_financial_status" text null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('open', 'refunded', 'voided', 'kept')) not null default 'open', "refund_transaction_id" text null, "handled_at" timestamptz null, "handled_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "multisafepay_late_payment_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_multisafepay_late_payment_deleted_at" ON "multisafepay_late_payment" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_multisafepay_late_payment_msp_order_id_unique" ON "multisafepay_late_payment" ("msp_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_multisafepay_late_payment_status_created_at" ON "multisafepay_late_payment" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_multisafepay_late_payment_order_id" ON "multisafepay_late_payment" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_multisafepay_late_payment_cart_id" ON "multisafepay_late_payment" ("cart_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "multisafepay_late_payment" cascade;`)
  }
}
