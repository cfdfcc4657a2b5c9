/**
 * Moved: Medusa's own data is erased by the "Medusa core" provider, src/providers/medusa-core/ (module services
 * with arrays, the Link module, and SQL only where no service can do the job). Re-exported under the old names.
 */
export { eraseCoreSubjects, eraseCoreSubjectsDetailed, type RemovedCoreRecords } from "../providers/medusa-core/erase"
export {
  anonymizeFiscalOrders,
  assertCoreSchema,
  customerActivityOf,
  customerActivityPage,
  type CustomerActivityRow,
  scanFiscalOrders,
  sql,
} from "../providers/medusa-core/sql"
