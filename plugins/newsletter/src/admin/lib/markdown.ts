import { marked, Token } from "marked"

/**
 * The campaign editor's Markdown → the mail's HTML and plain-text parts.
 * marked (CommonMark + GFM, maintained, no dependencies) renders the HTML; the
 * plain text is the same tokens without markup, links as "text (url)".
 */
export function renderMarkdown(md: string) {
  const html = marked.parse(md, { async: false, gfm: true, breaks: false }) as string
  return {
    html,
    text: toText(marked.lexer(md))
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  }
}

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === "link") return `${inline(t.tokens)} (${t.href})`
      if (t.type === "image") return t.text
      if (t.type === "br") return "\n"
      if ("tokens" in t && t.tokens) return inline(t.tokens)
      return "text" in t ? String(t.text) : ""
    })
    .join("")
}

function toText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case "heading":
          return `${inline(t.tokens).toUpperCase()}\n\n`
        case "paragraph":
          return `${inline(t.tokens)}\n\n`
        case "list":
          return `${t.items.map((i: { tokens: Token[] }, n: number) => `${t.ordered ? `${n + 1}.` : "-"} ${toText(i.tokens).trim()}`).join("\n")}\n\n`
        case "blockquote":
          return `${toText(t.tokens ?? [])
            .trim()
            .replace(/^/gm, "> ")}\n\n`
        case "code":
          return `${t.text}\n\n`
        case "hr":
          return "----\n\n"
        case "space":
          return ""
        case "text":
          return "tokens" in t && t.tokens ? inline(t.tokens) : t.text
        default:
          return "raw" in t ? String(t.raw) : ""
      }
    })
    .join("")
}
