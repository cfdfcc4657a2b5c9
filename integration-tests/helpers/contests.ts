import { MedusaContainer } from "@medusajs/framework/types"
import { AxiosInstance } from "axios"
import { execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"

export const CONTEST = "contest"

/** The contest module's clock, moved to `ms` from now (0 = real time). */
export const setContestClock = (container: MedusaContainer, ms: number) => (container.resolve(CONTEST) as any).setClockOffset(ms)

/** A complete editor body: a small, free game, starting a minute ago and ending in an hour. */
export function contestBody(over: Record<string, unknown> = {}) {
  const now = Date.now()
  return {
    title: `Win een monitor ${now}`,
    description: "Maak kans op een 27-inch monitor.",
    starts_at: new Date(now - 60_000).toISOString(),
    ends_at: new Date(now + 3600_000).toISOString(),
    prizes: [
      { name: "27-inch monitor", value: 349, quantity: 1 },
      { name: "Muismat", value: 15, quantity: 2 },
    ],
    winner_count: 3,
    organiser: "Softshop B.V., Kerkstraat 1, Utrecht",
    promoted_product: "Softshop monitoren",
    product_ids: [],
    minimum_age: 18,
    announcement: "De winnaars staan binnen 7 dagen na de trekking op de actiepagina.",
    complaints_contact: "klachten@softshop.nl",
    terms_url: "https://softshop.nl/winactie",
    claim_days: 14,
    ...over,
  }
}

/** Creates and publishes a contest through the Admin API; returns the store view (terms version, commitment). */
export async function publishedContest(api: AxiosInstance, admin: Record<string, string>, store: Record<string, string>, over: Record<string, unknown> = {}) {
  const { data } = await api.post("/admin/contests", contestBody(over), { headers: admin })
  await api.post(`/admin/contests/${data.contest.id}/publish`, {}, { headers: admin })
  return (await api.get(`/store/contests/${data.contest.id}`, { headers: store })).data.contest
}

/** Enters as an adult (the default contest asks for age 18); never throws on 4xx. */
export function enter(api: AxiosInstance, contestId: string, headers: Record<string, string>, body: Record<string, unknown>) {
  return api.post(`/store/contests/${contestId}/entries`, { accept_terms: true, age_confirmation: "adult", ...body }, { headers, validateStatus: () => true })
}

/** Runs the plugin's verifier CLI on public verification data, as an outsider would. */
export function runVerifier(data: unknown): { code: number; result: any; out: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-draw-")), "draw.json")
  fs.writeFileSync(file, JSON.stringify(data))
  const bin = path.join(__dirname, "../../plugins/contests/bin/verify-draw.mjs")
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [bin, file, ...args], { encoding: "utf8" }) }
    } catch (e: any) {
      return { code: e.status as number, out: String(e.stdout) }
    }
  }
  const json = run(["--json"])
  return { code: json.code, result: JSON.parse(json.out), out: run([]).out }
}

export async function runMaintenance(container: MedusaContainer) {
  const { runContestMaintenance } = require("@softshop/medusa-contests/utils/maintenance")
  return runContestMaintenance(container)
}
