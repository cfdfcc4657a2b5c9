/** Runtime configuration, served next to the build as /config.json (scripts/lib/storefront.mjs). */
export type StorefrontConfig = { backendUrl: string; publishableKey: string; regionId?: string | null }

export async function loadConfig(): Promise<StorefrontConfig> {
  const res = await fetch("/config.json", { cache: "no-store" })
  if (!res.ok) throw new Error(`The storefront configuration (/config.json) answered ${res.status}`)
  return (await res.json()) as StorefrontConfig
}
