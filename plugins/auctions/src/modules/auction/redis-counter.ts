import Redis from "ioredis"

/**
 * Atomic rate-limit counters in Redis (one round trip, no lock): each key is
 * incremented, and a key's window (its TTL) starts with its first hit. Used for
 * the bid limits when the module has a redisUrl; a Redis lock around the cache
 * module's get/set serialises every bid from one IP address (a NAT, a proxy)
 * on one key and refused most of 40 simultaneous bids in the scale tier.
 */
const SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIRE', key, ARGV[i]) end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then redis.call('PEXPIRE', key, ARGV[i]); ttl = tonumber(ARGV[i]) end
  out[#out + 1] = count
  out[#out + 1] = ttl
end
return out
`

export class RedisCounters {
  protected client_?: Redis

  constructor(protected readonly redisUrl_: string) {}

  /** Increments each key (window windowsMs[i] from its first hit); returns each count and the ms left in its window. */
  async hit(keys: string[], windowsMs: number[]): Promise<{ count: number; msLeft: number }[]> {
    this.client_ ??= new Redis(this.redisUrl_, { maxRetriesPerRequest: 2 })
    const flat = (await this.client_.eval(SCRIPT, keys.length, ...keys, ...windowsMs.map(String))) as number[]
    return keys.map((_, i) => ({ count: Number(flat[2 * i]), msLeft: Number(flat[2 * i + 1]) }))
  }

  async close() {
    await this.client_?.quit().catch(() => undefined)
    this.client_ = undefined
  }
}
