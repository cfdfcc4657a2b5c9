import fs from "node:fs"

/** Loads KEY=value lines from a .env file without overriding the environment. */
export function loadDotEnv(file) {
  if (!fs.existsSync(file)) return
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/)
    if (!m || line.trimStart().startsWith("#")) continue
    const value = m[2].replace(/^(['"])(.*)\1$/, "$2")
    if (process.env[m[1]] === undefined) process.env[m[1]] = value
  }
}
