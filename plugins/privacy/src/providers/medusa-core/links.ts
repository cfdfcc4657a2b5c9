import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { RemovedCoreRecords } from "./types"

type Knex = any
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/**
 * Every link table (Medusa's and any other module's `defineLink`) with a column pointing at a customer or a
 * cart, read from the Link module's joiner configs: `{ table, column, module }`.
 */
export function customerAndCartLinkTables(): { table: string; column: string; module: string }[] {
  const out: { table: string; column: string; module: string }[] = []
  for (const config of MedusaModule.getAllJoinerConfigs() as any[]) {
    if (!config?.isLink || !config.databaseConfig?.tableName) continue
    for (const rel of config.relationships ?? []) {
      if (rel.serviceName === Modules.CUSTOMER || rel.serviceName === Modules.CART) {
        out.push({ table: config.databaseConfig.tableName, column: rel.foreignKey, module: rel.serviceName })
      }
    }
  }
  return out
}

/**
 * Removes the links of erased customers and carts the way Medusa's delete-customers workflow does
 * (`link.delete`, which also runs any cascade a link defines), then deletes the link rows it left
 * soft-deleted: after an erasure no link row points at the erased records. Idempotent.
 */
export async function dismissErasedLinks(container: MedusaContainer, removed: RemovedCoreRecords) {
  const targets: Record<string, Record<string, string[]>> = {}
  if (removed.customer_ids.length) targets[Modules.CUSTOMER] = { customer_id: removed.customer_ids }
  if (removed.cart_ids.length) targets[Modules.CART] = { cart_id: removed.cart_ids }
  if (!Object.keys(targets).length) return { link_rows: 0 }
  const link = container.resolve(ContainerRegistrationKeys.LINK) as any
  const [errors] = (await link.delete(targets)) ?? [null]
  if (errors?.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `privacy: removing links of erased records failed (${errors.map((e: any) => e.serviceName).join(", ")})`
    )
  }
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let rows = 0
  for (const { table, column, module } of customerAndCartLinkTables()) {
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column)) continue
    const ids = module === Modules.CUSTOMER ? removed.customer_ids : removed.cart_ids
    if (!ids.length) continue
    // Table and column as identifier bindings (??); node-postgres sends the id array as one PostgreSQL array value.
    rows += (await knex.raw("delete from ?? where ?? = any(?)", [table, column, ids])).rowCount ?? 0
  }
  return { link_rows: rows }
}
