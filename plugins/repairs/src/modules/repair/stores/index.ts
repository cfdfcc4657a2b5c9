import { ResolvedRepairOptions } from "../options"
import { LocalDirectoryStore } from "./local-directory"
import { BackupStore } from "./types"

export type { BackupStore } from "./types"

/** One adapter per configured store. */
export function buildStores(options: ResolvedRepairOptions): Map<string, BackupStore> {
  const map = new Map<string, BackupStore>()
  for (const s of options.backupStores) {
    map.set(s.id, new LocalDirectoryStore(s.id, s.directory, s.keyRef, Buffer.from(options.encryptionKeys[s.keyRef], "base64")))
  }
  return map
}
