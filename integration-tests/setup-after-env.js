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

// Speeds up Medusa's per-test database reset (medusaIntegrationTestRunner restores the suite's snapshot before
// every test): DROP DATABASE forces an immediate PostgreSQL checkpoint (1–5 s on a shared machine, most of a
// reset), RENAME does not. The reset therefore moves the used database aside (renamed, no connection left on it),
// recreates it from the snapshot exactly as Medusa does, and drops the moved copies together when the file ends
// (in parallel, so their checkpoints coalesce). Every test still starts from the same snapshot.
const pgTemplate = (() => {
  try {
    return require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  } catch {
    return undefined
  }
})()
if (pgTemplate?.restorePostgresDatabaseFromTemplate && process.env.SOFTSHOP_TEST_FAST_RESET !== "0") {
  const { Client } = require("@medusajs/framework/pg")
  const quote = (id) => `"${id.replace(/"/g, '""')}"`
  const connect = async () => {
    const client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: process.env.DB_WAITINGROOM_DATABASE ?? "postgres",
    })
    await client.connect()
    return client
  }
  const terminate = (client, db) => client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [db])
  const retired = []
  let client
  pgTemplate.restorePostgresDatabaseFromTemplate = async ({ databaseName, templateName }) => {
    if (databaseName === templateName) throw new Error("Template database name must differ from target database")
    client ??= await connect()
    const aside = `${databaseName}-old${retired.length + 1}`
    await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS false`)
    for (let attempt = 0; ; attempt++) {
      await terminate(client, databaseName)
      try {
        await client.query(`ALTER DATABASE ${quote(databaseName)} RENAME TO ${quote(aside)}`)
        break
      } catch (e) {
        // 55006: a terminated backend has not exited yet.
        if (e.code !== "55006" || attempt >= 50) throw e
        await new Promise((r) => setTimeout(r, 20 * (attempt + 1)))
      }
    }
    retired.push(aside)
    await terminate(client, templateName)
    await client.query(`CREATE DATABASE ${quote(databaseName)} WITH TEMPLATE ${quote(templateName)}`)
  }
  afterAll(async () => {
    const names = retired.splice(0)
    await client?.end().catch(() => undefined)
    client = undefined
    await Promise.all(
      names.map(async (name) => {
        const c = await connect()
        try {
          await c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
        } finally {
          await c.end()
        }
      })
    )
  })
}
