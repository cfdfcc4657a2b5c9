import fs from "fs"
import os from "os"
import path from "path"
import { TemplateRegistry } from "../templates"

const BUILT_IN = path.join(__dirname, "..", "..", "..", "..", "mail-templates")

function writeTemplate(dir: string, name: string, locale: string, parts: Record<string, string>) {
  const d = path.join(dir, name, locale)
  fs.mkdirSync(d, { recursive: true })
  for (const [p, body] of Object.entries(parts)) fs.writeFileSync(path.join(d, `${p}.hbs`), body)
}

describe("TemplateRegistry", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tpl-"))
  })

  it("should escape HTML in the html part but not in subject or text", () => {
    writeTemplate(dir, "t.x", "nl", { subject: "Hoi {{name}}", html: "<p>{{name}}</p>", text: "Hoi {{name}}" })
    const out = new TemplateRegistry([dir], "nl").render("t.x", { name: "<b>&Jan" })
    expect(out.html).toBe("<p>&lt;b&gt;&amp;Jan</p>")
    expect(out.subject).toBe("Hoi <b>&Jan")
    expect(out.text).toBe("Hoi <b>&Jan")
  })

  it("should fall back from an unknown locale to the default locale", () => {
    writeTemplate(dir, "t.x", "nl", { subject: "NL", html: "nl", text: "nl" })
    writeTemplate(dir, "t.x", "en", { subject: "EN", html: "en", text: "en" })
    const reg = new TemplateRegistry([dir], "nl")
    expect(reg.render("t.x", { locale: "de" }).subject).toBe("NL")
    expect(reg.render("t.x", { locale: "en-GB" }).subject).toBe("EN")
  })

  it("should let an earlier directory override a later one", () => {
    const shop = fs.mkdtempSync(path.join(os.tmpdir(), "tpl-shop-"))
    writeTemplate(dir, "t.x", "nl", { subject: "plugin", html: "p", text: "p" })
    writeTemplate(shop, "t.x", "nl", { subject: "shop", html: "s", text: "s" })
    expect(new TemplateRegistry([shop, dir], "nl").render("t.x", {}).subject).toBe("shop")
  })

  it("should wrap bodies in the built-in layout with the shop name", () => {
    writeTemplate(dir, "t.x", "nl", { subject: "S", html: "<p>body</p>", text: "body" })
    const out = new TemplateRegistry([dir, BUILT_IN], "nl").render("t.x", {}, { shop_name: "Softshop", year: 2026 })
    expect(out.html).toContain("<p>body</p>")
    expect(out.html).toContain('<html lang="nl">')
    expect(out.text).toMatch(/^Softshop\n/)
    expect(out.text).toContain("© 2026 Softshop")
  })

  it("should refuse template names that climb out of the template directory", () => {
    const reg = new TemplateRegistry([dir], "nl")
    expect(reg.has("../etc")).toBe(false)
    expect(() => reg.render("../../etc/passwd", {})).toThrow(/No mail template/)
  })

  it("should ship both Dutch and English for every built-in template", () => {
    const reg = new TemplateRegistry([BUILT_IN], "nl")
    for (const name of fs.readdirSync(BUILT_IN).filter((n) => !n.startsWith("_"))) {
      expect(reg.localesFor(name).sort()).toEqual(["en", "nl"])
    }
  })
})
