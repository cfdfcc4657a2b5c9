import { mailData } from "../mail"

const mail = {
  customer_id: "cus_1",
  template: "auctions.won" as const,
  key: "auc_1:cus_1",
  currency_code: "eur",
  money: { price: 25000 },
  dates: { payment_due_at: "2026-12-03T10:00:00.000Z" },
  pay_lot_id: "auc_1",
  data: { lot_id: "auc_1", title: "Monitor" },
}

describe("auction mail data", () => {
  it("should format money and the deadline in the mail's language and add the pay link", () => {
    const nl = mailData(mail, { locale: "nl", timeZone: "Europe/Amsterdam", storefrontUrl: "https://shop.example.nl" })
    expect(String(nl.price).replace(/\u00a0/g, " ")).toBe("€ 250,00")
    expect(nl.payment_due_at).toBe("3 december 2026 om 11:00 CET")
    expect(nl.pay_url).toBe("https://shop.example.nl/account/auctions?pay=auc_1")
    expect(nl).toEqual(expect.objectContaining({ locale: "nl", lot_id: "auc_1", title: "Monitor" }))
    const en = mailData(mail, { locale: "en", timeZone: "Europe/Amsterdam", storefrontUrl: undefined })
    expect(en.price).toBe("€250.00")
    expect(en.payment_due_at).toBe("3 December 2026 at 11:00 CET")
    expect(en).not.toHaveProperty("pay_url")
  })
})
