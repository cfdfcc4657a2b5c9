import fs from "fs"
import path from "path"

/**
 * The privacy contract is one file copied into every plugin that stores personal
 * data (no plugin imports another, so each ships its own copy). The copies must be
 * byte-identical, and every plugin whose module implements the contract must carry
 * the copy and a conformance file the typecheck compiles.
 */
const root = path.resolve(__dirname, "../../..")
const plugins = fs.readdirSync(path.join(root, "plugins")).filter((p) => fs.existsSync(path.join(root, "plugins", p, "package.json")))

const modulesOf = (plugin: string) => {
  const dir = path.join(root, "plugins", plugin, "src/modules")
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((m) => path.join(dir, m)) : []
}
const implementsContract = (moduleDir: string) => {
  const service = path.join(moduleDir, "service.ts")
  return fs.existsSync(service) && /\bgetPersonalDataDescriptor\s*\(/.test(fs.readFileSync(service, "utf8"))
}

describe("privacy contract copies", () => {
  const implementing = plugins.flatMap((p) =>
    modulesOf(p)
      .filter(implementsContract)
      .map((m) => ({ plugin: p, moduleDir: m }))
  )

  it("should find the modules that implement the contract", () => {
    expect(implementing.map((i) => i.plugin).sort()).toEqual(expect.arrayContaining(["auctions", "newsletter", "privacy", "reviews"]))
  })

  it("should keep one identical src/types/privacy-contract.ts in every plugin that implements it", () => {
    const canonical = fs.readFileSync(path.join(root, "plugins/privacy/src/types/privacy-contract.ts"), "utf8")
    for (const { plugin } of implementing) {
      const copy = path.join(root, "plugins", plugin, "src/types/privacy-contract.ts")
      expect({ plugin, exists: fs.existsSync(copy) }).toEqual({ plugin, exists: true })
      expect({ plugin, identical: fs.existsSync(copy) && fs.readFileSync(copy, "utf8") === canonical }).toEqual({ plugin, identical: true })
    }
  })

  it("should have a conformance file the typecheck compiles for every implementing module", () => {
    for (const { plugin, moduleDir } of implementing) {
      const file = path.join(moduleDir, "privacy-contract.conformance.ts")
      const ok = fs.existsSync(file) && /extends PersonalDataProvider/.test(fs.readFileSync(file, "utf8"))
      expect({ plugin, conformance: ok }).toEqual({ plugin, conformance: true })
    }
  })
})
