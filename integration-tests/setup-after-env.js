// Speeds up HTTP suites: when scripts/test.mjs prepared a migrated template
// database, every test database is cloned from it (CREATE DATABASE … TEMPLATE)
// so the runner's migrations find nothing left to do. Without the variable the
// runner behaves exactly as shipped.
const template = process.env.SOFTSHOP_TEST_TEMPLATE_DB
if (template) {
  let pgTemplate
  try {
    pgTemplate = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  } catch {
    pgTemplate = undefined
  }
  if (pgTemplate?.createDatabase) {
    const { Client } = require("@medusajs/framework/pg")
    const quote = (id) => `"${id.replace(/"/g, '""')}"`
    pgTemplate.createDatabase = async ({ databaseName }) => {
      const client = new Client({
        host: process.env.DB_HOST,
        port: Number(process.env.DB_PORT),
        user: process.env.DB_USERNAME,
        password: process.env.DB_PASSWORD || undefined,
        database: process.env.DB_WAITINGROOM_DATABASE ?? "postgres",
      })
      await client.connect()
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`CREATE DATABASE ${quote(databaseName)} TEMPLATE ${quote(template)}`)
            return
          } catch (e) {
            if (e.code === "42P04") return // already exists
            // 55006: the template is briefly in use by a parallel clone
            if (e.code !== "55006" || attempt > 50) throw e
            await new Promise((r) => setTimeout(r, 200))
          }
        }
      } finally {
        await client.end()
      }
    }
  }
}
