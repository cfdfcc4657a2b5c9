import fs from "fs"
import path from "path"
import Handlebars from "handlebars"
import { MedusaError } from "@medusajs/framework/utils"

export type RenderedMail = { subject: string; html: string; text: string; locale: string }

type Parts = { subject: string; html: string; text: string }
type Compiled = { subject: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate }

const LAYOUT = "_layout"
const PARTS: (keyof Parts)[] = ["subject", "html", "text"]

/**
 * Mail templates on disk: `<dir>/<template>/<locale>/{subject,html,text}.hbs`,
 * wrapped in `<dir>/_layout/<locale>/{html,text}.hbs` (`{{{body}}}`).
 * The first directory that has a template wins, so a shop can override a
 * plugin's mail by listing its own directory first.
 */
export class TemplateRegistry {
  private readonly html = Handlebars.create()
  private readonly plain = Handlebars.create()
  private readonly cache = new Map<string, Compiled | null>()

  constructor(
    private readonly dirs: string[],
    private readonly defaultLocale: string
  ) {}

  get directories() {
    return [...this.dirs]
  }

  private readonly known = new Set<string>()

  /** Whether any directory has the template; asked once per mail, so a template found once is remembered. */
  has(template: string) {
    if (this.known.has(template)) return true
    const found = this.localesFor(template).length > 0
    if (found) this.known.add(template)
    return found
  }

  localesFor(template: string): string[] {
    const found = new Set<string>()
    for (const dir of this.dirs) {
      const tdir = path.join(dir, template)
      if (!isSafeName(template) || !fs.existsSync(tdir)) continue
      for (const l of fs.readdirSync(tdir)) found.add(l)
    }
    return [...found]
  }

  /** Renders a template; `data.locale` picks the language, falling back to the default, then nl, then en. */
  render(template: string, data: Record<string, unknown>, globals: Record<string, unknown> = {}): RenderedMail {
    const wanted = typeof data.locale === "string" ? data.locale.toLowerCase() : undefined
    const chain = [wanted, wanted?.split("-")[0], this.defaultLocale, "nl", "en"].filter(Boolean) as string[]
    for (const locale of chain) {
      const compiled = this.compile(template, locale)
      if (!compiled) continue
      const context = { ...globals, ...data, locale }
      const subject = compiled.subject(context).replace(/\s+/g, " ").trim()
      const bodyHtml = compiled.html(context)
      const bodyText = compiled.text(context)
      const layout = this.compile(LAYOUT, locale)
      return {
        subject,
        locale,
        html: layout ? layout.html({ ...context, subject, body: bodyHtml }) : bodyHtml,
        text: layout ? layout.text({ ...context, subject, body: bodyText }) : bodyText,
      }
    }
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No mail template "${template}" for locale ${chain[0]} (searched ${this.dirs.length} template directories)`
    )
  }

  private compile(template: string, locale: string): Compiled | null {
    const key = `${template}/${locale}`
    if (this.cache.has(key)) return this.cache.get(key)!
    let compiled: Compiled | null = null
    if (isSafeName(template) && isSafeName(locale)) {
      for (const dir of this.dirs) {
        const base = path.join(dir, template, locale)
        const files = Object.fromEntries(PARTS.map((p) => [p, path.join(base, `${p}.hbs`)])) as Parts
        const isLayout = template === LAYOUT
        const required = isLayout ? (["html", "text"] as const) : PARTS
        if (!required.every((p) => fs.existsSync(files[p]))) continue
        const read = (p: keyof Parts) => (fs.existsSync(files[p]) ? fs.readFileSync(files[p], "utf8") : "")
        compiled = {
          // Subjects and text parts are plain text: no HTML escaping there.
          subject: this.plain.compile(read("subject"), { noEscape: true, strict: false }),
          html: this.html.compile(read("html")),
          text: this.plain.compile(read("text"), { noEscape: true }),
        }
        break
      }
    }
    this.cache.set(key, compiled)
    return compiled
  }
}

function isSafeName(name: string) {
  return /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/.test(name) && !name.includes("..")
}

/**
 * Template directories contributed by the app's dependencies: a package opts in
 * with `"softshop": { "mailTemplates": "mail-templates" }` in its package.json.
 */
export function discoverTemplateDirs(appDir: string): string[] {
  const pkgFile = path.join(appDir, "package.json")
  if (!fs.existsSync(pkgFile)) return []
  const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"))
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  const dirs: string[] = []
  for (const name of names) {
    let depPkgFile: string
    try {
      depPkgFile = require.resolve(`${name}/package.json`, { paths: [appDir] })
    } catch {
      continue
    }
    const dep = JSON.parse(fs.readFileSync(depPkgFile, "utf8"))
    const rel = dep?.softshop?.mailTemplates
    if (typeof rel === "string") dirs.push(path.join(path.dirname(depPkgFile), rel))
  }
  return dirs
}
