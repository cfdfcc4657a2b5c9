// A cross-process lock (a directory holding the owner's pid), so that two
// commands on one checkout never build or serve .medusa/server at once.
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./paths.mjs"

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function withLock(name, fn, { log = () => undefined, timeoutMs = 30 * 60_000 } = {}) {
  const dir = path.join(ROOT, ".data", "locks", name)
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  const deadline = Date.now() + timeoutMs
  let announced = false
  for (;;) {
    try {
      fs.mkdirSync(dir)
      fs.writeFileSync(path.join(dir, "pid"), String(process.pid))
      break
    } catch {
      const pid = Number(fs.existsSync(path.join(dir, "pid")) ? fs.readFileSync(path.join(dir, "pid"), "utf8") : 0)
      if (pid && !alive(pid)) {
        fs.rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${name} held by pid ${pid}`)
      if (!announced) log(`Waiting for another process (pid ${pid}) to release "${name}" ...`)
      announced = true
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
