import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const DATA_DIR = process.env.SOFTSHOP_DATA_DIR ?? path.join(ROOT, ".data")
export const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
