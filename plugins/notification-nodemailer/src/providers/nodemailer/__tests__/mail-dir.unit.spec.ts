import fs from "fs"
import os from "os"
import path from "path"
import { fileTransport, resolveMailDir } from "../transport"
import { NodemailerOptionsSchema } from "../types"

describe("resolveMailDir", () => {
  it("should resolve a relative mailDir against the project root, also under medusa start of a build", () => {
    expect(resolveMailDir(".data/mail", "/srv/shop")).toBe("/srv/shop/.data/mail")
    // medusa start runs in <project>/.medusa/server, which the next medusa build empties.
    expect(resolveMailDir(".data/mail", "/srv/shop/.medusa/server")).toBe("/srv/shop/.data/mail")
    expect(resolveMailDir("/var/mail/shop", "/srv/shop/.medusa/server")).toBe("/var/mail/shop")
    expect(resolveMailDir("mail", "/srv/server")).toBe("/srv/server/mail")
  })

  it("should write the .eml file into the project's folder when running from the build output", async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "nodemailer-maildir-"))
    const build = path.join(project, ".medusa", "server")
    fs.mkdirSync(build, { recursive: true })
    const cwd = process.cwd()
    process.chdir(build)
    try {
      const options = NodemailerOptionsSchema.parse({ from: "shop@example.nl" }) as any
      const delivery = await fileTransport(options).send({ from: "shop@example.nl", to: "a@example.nl", subject: "s", text: "t" })
      expect(path.dirname(delivery.file!)).toBe(path.join(fs.realpathSync(project), ".data", "mail"))
      expect(fs.existsSync(delivery.file!)).toBe(true)
    } finally {
      process.chdir(cwd)
      fs.rmSync(project, { recursive: true, force: true })
    }
  })
})
