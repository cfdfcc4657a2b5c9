import { createRequire } from "module"
import { installAccessLogRedaction, redactUrl } from "../access-log"
import { clientFaultOf, describeError, isDatabaseError } from "../error-handler"
import { trustProxyValue, isPersonalDataPath } from "../headers"
import { findNul, hostileInputProblem, isUndecodablePath } from "../hostile-input"

describe("access log redaction", () => {
  it("should redact link tokens and search terms and keep the rest of the URL", () => {
    expect(redactUrl("/newsletter/confirm?token=abc123&lang=en")).toBe("/newsletter/confirm?token=[redacted]&lang=en")
    expect(redactUrl("/admin/customers?q=jan%40example.nl&limit=20")).toBe("/admin/customers?q=[redacted]&limit=20")
    expect(redactUrl("/privacy/export-download?TOKEN=x")).toBe("/privacy/export-download?TOKEN=[redacted]")
    expect(redactUrl("/x?email[0]=a@b.nl&fields=id")).toBe("/x?email[0]=[redacted]&fields=id")
    expect(redactUrl("/store/products?limit=5")).toBe("/store/products?limit=5")
    expect(redactUrl("/store/products")).toBe("/store/products")
  })

  it("should redefine the url and referrer tokens of Medusa's own morgan", () => {
    expect(installAccessLogRedaction()).toBe(true)
    const morgan = createRequire(require.resolve("@medusajs/framework/http"))("morgan")
    const line = morgan.compile(":method :url ← :referrer")(
      morgan,
      {
        method: "GET",
        originalUrl: "/privacy/keep-account?token=secret-token-1",
        headers: { referer: "https://shop.example/newsletter/unsubscribe?token=secret-token-2" },
      },
      {}
    )
    expect(line).toBe("GET /privacy/keep-account?token=[redacted] ← https://shop.example/newsletter/unsubscribe?token=[redacted]")
  })
})

describe("hostile input", () => {
  const req = (originalUrl: string, body?: unknown, query: Record<string, unknown> = {}) =>
    ({ originalUrl, url: originalUrl, path: originalUrl.split("?")[0], query, body }) as any

  it("should name a NUL byte in path, query or body, and a path that is not valid percent-encoding", () => {
    expect(hostileInputProblem(req("/store/auctions/a%00b"))).toBe("The request path contains a NUL byte (%00)")
    expect(hostileInputProblem(req("/store/auctions/%E0%A4%A"))).toBe("The request path is not valid percent-encoding")
    expect(hostileInputProblem(req("/store/products?q=%00"))).toBe("The query string contains a NUL byte (%00)")
    expect(hostileInputProblem(req("/x", { address: { city: "Utrecht\u0000" } }))).toBe("body.address.city contains a NUL byte (\\u0000)")
    expect(hostileInputProblem(req("/x", { list: ["ok", "n\u0000"] }))).toBe("body.list[1] contains a NUL byte (\\u0000)")
    expect(hostileInputProblem(req("/x", { fine: "Kerkstraat 1", n: 1e308 }))).toBeNull()
  })

  it("should walk a deeply nested body without overflowing the stack", () => {
    let deep: unknown = "x\u0000"
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(findNul(deep)).toMatch(/^body(\.a)+$/)
  })

  it("should recognise Express's decode error", () => {
    let err: unknown
    try {
      decodeURIComponent("%E0%A4%A")
    } catch (e) {
      err = Object.assign(e as Error, { status: 400, statusCode: 400 })
    }
    expect(isUndecodablePath(err)).toBe(true)
    expect(isUndecodablePath(new Error("x"))).toBe(false)
  })
})

describe("value-free error logging", () => {
  it("should describe a database error without its message", () => {
    const err = Object.assign(new Error(`insert into "customer_address" ("city", "phone") values ('Utrecht', '+31612345678') - invalid byte sequence`), {
      name: "DriverException",
      code: "22021",
      table: "customer_address",
    })
    expect(isDatabaseError(err)).toBe(true)
    const text = describeError(err)
    expect(text).toContain("DriverException SQLSTATE 22021 table customer_address")
    expect(text).not.toContain("Utrecht")
    expect(text).not.toContain("+31612345678")
  })

  it("should turn database-layer errors caused by the query into a 400 message", () => {
    expect(clientFaultOf(new Error("A non-negative integer must be provided to offset."))).toBe('Query parameter "offset" must be a non-negative integer')
    expect(clientFaultOf(new Error("Trying to order by not existing property Customer.nope_field"))).toBe('Cannot order by "nope_field": no such field')
    expect(clientFaultOf(Object.assign(new Error("select … invalid input syntax for type timestamp"), { name: "DriverException", code: "22007" }))).toBe(
      "A value in the request is not valid for its field (SQLSTATE 22007)"
    )
    expect(clientFaultOf(Object.assign(new Error("deadlock"), { name: "DriverException", code: "40P01" }))).toBeNull()
    expect(clientFaultOf(new TypeError("Cannot read properties of undefined"))).toBeNull()
  })

  it("should keep the message of other errors", () => {
    expect(isDatabaseError(new TypeError("Cannot read properties of undefined (reading 'amount')"))).toBe(false)
    expect(describeError(new TypeError("boom"))).toContain("TypeError: boom")
  })
})

describe("trust proxy and no-store", () => {
  it("should turn TRUST_PROXY into the value Express expects", () => {
    expect(trustProxyValue(false)).toBe(false)
    expect(trustProxyValue("")).toBe(false)
    expect(trustProxyValue("false")).toBe(false)
    expect(trustProxyValue("1")).toBe(1)
    expect(trustProxyValue("true")).toBe(true)
    expect(trustProxyValue("loopback")).toBe("loopback")
    expect(trustProxyValue("10.0.0.1, 10.0.0.2")).toBe("10.0.0.1, 10.0.0.2")
  })

  it("should treat account, order, cart, privacy and admin paths as personal data", () => {
    for (const p of [
      "/store/customers/me",
      "/store/customers/me/addresses",
      "/store/orders/order_1",
      "/store/carts/c",
      "/store/privacy/export",
      "/privacy/export-download",
      "/admin/privacy/requests",
      "/auth/customer/emailpass",
      "/store/auctions/me/wins",
    ]) {
      expect({ p, personal: isPersonalDataPath(p) }).toEqual({ p, personal: true })
    }
    expect(isPersonalDataPath("/store/products")).toBe(false)
  })
})
