/** A place backup copies live. Adapters must really delete and be able to prove the copy is gone. */
export interface BackupStore {
  readonly id: string
  readonly keyRef: string
  /**
   * Takes a plaintext copy the technician placed in the store's inbox, checks its size
   * and SHA-256, encrypts it at rest and removes the plaintext. Returns the location.
   */
  ingest(input: { source: string; target: string; size: number; sha256: string }): Promise<{ location: string }>
  /** Removes the copy; succeeds when it is already gone (idempotent). */
  remove(location: string): Promise<void>
  exists(location: string): Promise<boolean>
  /** Decrypts and returns the SHA-256 of the plaintext (restores, audits). */
  checksum(location: string): Promise<string>
}
