import { inlineBindings, literal, quoteString } from "../locked-sql"

describe("auction locked SQL literals", () => {
  it("should quote strings so no value can end the literal", () => {
    expect(quoteString("auc_01")).toBe("'auc_01'")
    expect(quoteString("o'brien")).toBe("'o''brien'")
    expect(quoteString("'; drop table auction_bid; --")).toBe("'''; drop table auction_bid; --'")
    // A backslash is doubled inside E'' whatever standard_conforming_strings is set to.
    expect(quoteString("a\\'b")).toBe(" E'a\\\\''b'")
    expect(() => quoteString("a\u0000b")).toThrow(TypeError)
  })

  it("should write the scalars of a bid and lot patch, and refuse anything else", () => {
    expect(literal(null)).toBe("NULL")
    expect(literal(undefined)).toBe("NULL")
    expect(literal(true)).toBe("TRUE")
    expect(literal(false)).toBe("FALSE")
    expect(literal(1250)).toBe("1250")
    expect(literal(-3)).toBe("(-3)")
    expect(literal(new Date("2026-12-03T10:00:00.123Z"))).toBe("'2026-12-03T10:00:00.123Z'::timestamptz")
    expect(() => literal(Number.NaN)).toThrow(TypeError)
    expect(() => literal(Infinity)).toThrow(TypeError)
    expect(() => literal(new Date("nope"))).toThrow(TypeError)
    expect(() => literal({ a: 1 })).toThrow(TypeError)
    expect(() => literal([1, 2])).toThrow(TypeError)
    expect(() => literal(BigInt(1))).toThrow(TypeError)
  })

  it("should replace every placeholder of a compiled statement by its binding", () => {
    expect(
      inlineBindings(`update "auction_lot" set "sequence" = $1, "leader_customer_id" = $2 where "id" = $10`, [1, "cus_'x", 0, 0, 0, 0, 0, 0, 0, "auc_1"])
    ).toBe(`update "auction_lot" set "sequence" = 1, "leader_customer_id" = 'cus_''x' where "id" = 'auc_1'`)
    expect(() => inlineBindings("select $2", ["a"])).toThrow(RangeError)
    expect(() => inlineBindings("select $0", ["a"])).toThrow(RangeError)
  })
})
