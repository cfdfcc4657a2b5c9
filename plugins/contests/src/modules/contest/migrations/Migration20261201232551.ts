import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201232551 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "contest_winner" drop constraint if exists "contest_winner_contest_id_round_position_unique";`)
    this.addSql(`alter table if exists "contest_terms" drop constraint if exists "contest_terms_contest_id_version_unique";`)
    this.addSql(`alter table if exists "contest_entry" drop constraint if exists "contest_entry_contest_id_customer_id_unique";`)
    this.addSql(`alter table if exists "contest_drawing" drop constraint if exists "contest_drawing_contest_id_round_unique";`)
    this.addSql(
      `create table if not exists "contest" ("id" text not null, "title" text not null, "description" text not null default '', "status" text check ("status" in ('draft', 'published', 'drawn', 'cancelled')) not null default 'draft', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "draw_at" timestamptz not null, "prizes" jsonb not null, "winner_count" integer not null, "organiser" text not null, "promoted_product" text not null, "product_ids" jsonb not null, "entry_cost_cents" integer not null default 0, "skill_question" text null, "skill_correct_answer" text null, "account_required" boolean not null default true, "minimum_age" integer null, "minors_with_parental_consent" boolean not null default false, "announcement" text not null, "gambling_tax" text check ("gambling_tax" in ('paid_by_organiser', 'not_applicable')) not null default 'paid_by_organiser', "complaints_contact" text not null, "terms_url" text not null, "claim_days" integer not null default 14, "terms_version" integer not null default 0, "published_at" timestamptz null, "last_drawn_at" timestamptz null, "entries_deleted_at" timestamptz null, "response_summary" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contest_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_deleted_at" ON "contest" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_status_ends_at" ON "contest" ("status", "ends_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "contest_drawing" ("id" text not null, "contest_id" text not null, "round" integer not null, "status" text check ("status" in ('committed', 'drawn')) not null default 'committed', "algorithm_version" text not null, "seed_commitment" text not null, "seed" text not null, "committed_at" timestamptz not null, "snapshot_entry_ids" jsonb null, "snapshot_hash" text null, "excluded_entry_ids" jsonb null, "winner_entry_ids" jsonb null, "winners_requested" integer null, "drawn_at" timestamptz null, "drawn_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contest_drawing_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_drawing_deleted_at" ON "contest_drawing" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contest_drawing_contest_id_round_unique" ON "contest_drawing" ("contest_id", "round") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "contest_entry" ("id" text not null, "contest_id" text not null, "customer_id" text not null, "terms_id" text not null, "terms_version" integer not null, "terms_hash" text not null, "consented_at" timestamptz not null, "skill_answer" text null, "age_confirmation" text check ("age_confirmation" in ('adult', 'minor_with_parental_consent')) null, "publicity" text check ("publicity" in ('none', 'first_name', 'first_name_town')) not null default 'none', "public_first_name" text null, "public_town" text null, "newsletter_opt_in_requested" boolean not null default false, "anonymized_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contest_entry_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_entry_deleted_at" ON "contest_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contest_entry_contest_id_customer_id_unique" ON "contest_entry" ("contest_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_entry_customer_id" ON "contest_entry" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_contest_entry_contest_id_created_at" ON "contest_entry" ("contest_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "contest_terms" ("id" text not null, "contest_id" text not null, "version" integer not null, "template_version" text not null, "body_nl" text not null, "body_en" text not null, "body_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contest_terms_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_terms_deleted_at" ON "contest_terms" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contest_terms_contest_id_version_unique" ON "contest_terms" ("contest_id", "version") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "contest_winner" ("id" text not null, "contest_id" text not null, "drawing_id" text not null, "round" integer not null, "position" integer not null, "prize_name" text not null, "prize_value_cents" integer not null, "entry_id" text not null, "customer_id" text null, "claim_status" text check ("claim_status" in ('pending', 'claimed', 'expired')) not null default 'pending', "claim_deadline" timestamptz not null, "claimed_at" timestamptz null, "expired_at" timestamptz null, "replaced_by_round" integer null, "mailed_at" timestamptz null, "anonymized_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contest_winner_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_winner_deleted_at" ON "contest_winner" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contest_winner_contest_id_round_position_unique" ON "contest_winner" ("contest_id", "round", "position") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contest_winner_customer_id" ON "contest_winner" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_contest_winner_claim_status_claim_deadline" ON "contest_winner" ("claim_status", "claim_deadline") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contest" cascade;`)

    this.addSql(`drop table if exists "contest_drawing" cascade;`)

    this.addSql(`drop table if exists "contest_entry" cascade;`)

    this.addSql(`drop table if exists "contest_terms" cascade;`)

    this.addSql(`drop table if exists "contest_winner" cascade;`)
  }
}
