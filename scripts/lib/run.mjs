import { spawn } from "node:child_process"

/** Runs a command, streaming its output; rejects with the exit code on failure. */
export function run(cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("close", (code, signal) => {
      if (code === 0) return resolve(output)
      const err = new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${quiet ? `\n${output.slice(-4000)}` : ""}`)
      err.exitCode = code ?? 1
      reject(err)
    })
  })
}
