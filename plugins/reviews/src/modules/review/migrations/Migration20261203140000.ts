import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { generateEntityId } from "@medusajs/framework/utils"
import { DEFAULT_CHECK_TEXT, DEFAULT_POLICY } from "../rules"

/**
 * Version 1 of the moderation policy and of the "how we check reviews" text, the built-in defaults, stored once
 * here so that reading them never writes (they used to be inserted on first read). A shop that already has a
 * version 1 keeps it (`on conflict do nothing`).
 */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      this.getKnex()
        .raw(
          `insert into "review_policy_version" ("id", "version", "content", "created_at", "updated_at") values (?, 1, ?, now(), now()) on conflict do nothing;`,
          [generateEntityId(undefined, "revpol"), JSON.stringify(DEFAULT_POLICY)]
        )
        .toQuery()
    )
    this.addSql(
      this.getKnex()
        .raw(
          `insert into "review_check_text" ("id", "version", "body_nl", "body_en", "created_at", "updated_at") values (?, 1, ?, ?, now(), now()) on conflict do nothing;`,
          [generateEntityId(undefined, "revchk"), DEFAULT_CHECK_TEXT.body_nl, DEFAULT_CHECK_TEXT.body_en]
        )
        .toQuery()
    )
  }

  override async down(): Promise<void> {
    // Version 1 may be cited by decisions already taken; it stays.
  }
}
