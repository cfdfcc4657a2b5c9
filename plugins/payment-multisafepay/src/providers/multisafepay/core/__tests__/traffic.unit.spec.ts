import { WebhookTraffic } from "../traffic"

describe("webhook traffic", () => {
  it("should count a burst over the last second only, and forget it a second later", () => {
    let now = 10_000
    const traffic = new WebhookTraffic(20, () => now)
    for (let i = 0; i < 20; i++) traffic.note()
    expect(traffic.lastSecond()).toBe(20)
    expect(traffic.bursting()).toBe(false)
    now += 550
    traffic.note()
    expect(traffic.bursting()).toBe(true)
    now += 500 // the first 20 are now more than a second old
    expect(traffic.lastSecond()).toBe(1)
    expect(traffic.bursting()).toBe(false)
    now += 60_000
    expect(traffic.lastSecond()).toBe(0)
  })
})
