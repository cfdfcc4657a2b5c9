const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** A minimal page for the links people open from their mail (outside /store). */
export function page(title: string, body: string, locale: "nl" | "en") {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#18181b">
<h1 style="font-size:22px">${escapeHtml(title)}</h1>
${body}
</body></html>`
}
