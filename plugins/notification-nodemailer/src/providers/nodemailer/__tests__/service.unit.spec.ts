import fs from "fs"
import os from "os"
import path from "path"
import NodemailerNotificationService from "../service"
import { redactAddresses } from "../redact"

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any

describe("NodemailerNotificationService", () => {
  it("should reject options with a message naming the option", () => {
    expect(() => NodemailerNotificationService.validateOptions({ from: "x@y.nl", smtp: { host: "h", port: 70000 } })).toThrow(/Invalid option "smtp.port"/)
    expect(() => NodemailerNotificationService.validateOptions({})).toThrow(/Invalid option "from"/)
    expect(() => NodemailerNotificationService.validateOptions({ from: "x@y.nl", poolSize: 0 })).toThrow(/"poolSize"/)
    expect(() => NodemailerNotificationService.validateOptions({ from: "x@y.nl", unknown: 1 })).toThrow(/Invalid option/)
  })

  it("should validate DKIM options at boot: names, exactly one key source, a readable and parseable key", () => {
    const { privateKey } = require("crypto").generateKeyPairSync("rsa", { modulusLength: 1024 })
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }) as string
    const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dkim-")), "key.pem")
    fs.writeFileSync(keyFile, pem)
    const opts = (dkim: Record<string, unknown>) => ({ from: "x@softshop.nl", dkim: { domainName: "softshop.nl", keySelector: "mail", ...dkim } })
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: pem }))).not.toThrow()
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKeyFile: keyFile }))).not.toThrow()
    expect(() => NodemailerNotificationService.validateOptions(opts({}))).toThrow(/"dkim.privateKey"/)
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: pem, privateKeyFile: keyFile }))).toThrow(/exactly one/)
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: "not a key" }))).toThrow(/"dkim.privateKey"/)
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKeyFile: `${keyFile}.missing` }))).toThrow(/"dkim.privateKeyFile".*cannot read/)
    const broken = pem.replace(/\n[A-Za-z0-9+/]{10}/, "\nAAAAAAAAAA")
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: broken }))).toThrow(/"dkim.privateKey".*not a usable/)
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: pem, domainName: "not a domain" }))).toThrow(/"dkim.domainName"/)
    expect(() => NodemailerNotificationService.validateOptions(opts({ privateKey: pem, keySelector: "bad selector" }))).toThrow(/"dkim.keySelector"/)
  })

  it("should sign the .eml with DKIM over List-Unsubscribe and List-Unsubscribe-Post", async () => {
    const { privateKey } = require("crypto").generateKeyPairSync("rsa", { modulusLength: 1024 })
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"))
    const service = new NodemailerNotificationService(
      { logger },
      {
        from: "Softshop <noreply@softshop.nl>",
        mailDir,
        dkim: {
          domainName: "softshop.nl",
          keySelector: "mail",
          privateKey: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
          headerFieldNames: "From:To:Subject",
        },
      }
    )
    await service.send({
      to: "klant@example.nl",
      channel: "email",
      template: "order.placed",
      data: { display_id: 7, first_name: "Jan", total: "€ 1,00", items: [] },
      provider_data: { headers: { "List-Unsubscribe": "<https://softshop.nl/u>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } },
    } as any)
    const eml = fs.readFileSync(path.join(mailDir, fs.readdirSync(mailDir)[0]), "utf8")
    const signature = eml.match(/^DKIM-Signature:[^\n]*(\n[ \t][^\n]*)*/m)![0].replace(/\s+/g, "")
    expect(signature).toContain("d=softshop.nl")
    expect(
      signature
        .match(/;h=([^;]*)/)![1]
        .toLowerCase()
        .split(":")
    ).toEqual(expect.arrayContaining(["from", "to", "subject", "list-unsubscribe", "list-unsubscribe-post"]))
  })

  it("should write an .eml file when no SMTP server is configured", async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"))
    const service = new NodemailerNotificationService({ logger }, { from: "Softshop <noreply@softshop.nl>", mailDir })
    const res = await service.send({
      to: "klant@example.nl",
      channel: "email",
      template: "order.placed",
      data: { display_id: 7, first_name: "Jan", total: "€ 1,00", items: [] },
    } as any)
    const files = fs.readdirSync(mailDir)
    expect(files).toHaveLength(1)
    expect(files[0]).not.toContain("klant")
    const eml = fs.readFileSync(path.join(mailDir, files[0]), "utf8")
    expect(eml).toContain("To: klant@example.nl")
    expect(eml).toContain("Subject: Bevestiging van uw bestelling #7")
    expect(eml).toContain("Content-Type: text/plain")
    expect(eml).toContain("Content-Type: text/html")
    expect(res.id).toEqual(expect.any(String))
  })

  it("should send the notification's own content when there is no template of that name", async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"))
    const service = new NodemailerNotificationService({ logger }, { from: "noreply@softshop.nl", mailDir })
    await service.send({
      to: "klant@example.nl",
      channel: "email",
      template: "campaign.custom",
      content: { subject: "Nieuwsbrief", text: "Hallo", html: "<p>Hallo</p>" },
      provider_data: { headers: { "List-Unsubscribe": "<https://softshop.nl/u/abc>" } },
    } as any)
    const eml = fs.readFileSync(path.join(mailDir, fs.readdirSync(mailDir)[0]), "utf8")
    expect(eml).toContain("Subject: Nieuwsbrief")
    expect(eml).toContain("List-Unsubscribe: <https://softshop.nl/u/abc>")
  })

  it("should record a delivery failure on the notification without addresses", async () => {
    const service = new NodemailerNotificationService({ logger }, { from: "noreply@softshop.nl", smtp: { host: "127.0.0.1", port: 1 }, retries: 0 })
    const notification: any = { to: "klant@example.nl", channel: "email", template: "order.placed", data: {} }
    await expect(service.send(notification)).rejects.toThrow(/SMTP delivery failed/)
    expect(notification.provider_data.error).toEqual(expect.objectContaining({ code: "ESOCKET", at: expect.any(String) }))
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain("klant@example.nl")
  })
})

describe("redactAddresses", () => {
  it("should remove every e-mail address from a message", () => {
    expect(redactAddresses("550 5.1.1 <jan.jansen@example.nl>: unknown; cc piet@x.be")).toBe("550 5.1.1 <<address>>: unknown; cc <address>")
  })
})
