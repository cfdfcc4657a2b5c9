import { toCsv, zipFiles } from "./zip"

/** The export as a ZIP: export.json plus one CSV per module entity and one for the processors. */
export function exportToZip(data: {
  modules: { module: string; entities: Record<string, Record<string, unknown>[]> }[]
  processors: Record<string, unknown>[]
}) {
  const files = [{ name: "export.json", content: JSON.stringify(data, null, 2) }]
  for (const m of data.modules) {
    for (const [entity, rows] of Object.entries(m.entities)) files.push({ name: `${m.module}/${entity}.csv`, content: toCsv(rows) })
  }
  files.push({ name: "processors.csv", content: toCsv(data.processors) })
  return zipFiles(files)
}
