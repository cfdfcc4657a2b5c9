import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent } from "react"
import { fetchJson } from "./sdk"

/** GET a privacy admin resource; every privacy query shares the "privacy" key prefix. */
export const useList = <T>(key: string | unknown[], path: string) =>
  useQuery({ queryKey: ["privacy", ...(Array.isArray(key) ? key : [key])], queryFn: () => fetchJson<T>(path) })

/** POST to a privacy admin route; on success a toast and a refetch of every privacy query, on failure the server's message. */
export const usePost = <T = unknown>(success: string, onDone?: (data: T) => void) => {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => fetchJson<T>(path, { method: "POST", body: body ?? {} }),
    onSuccess: (data: T) => {
      toast.success(success)
      qc.invalidateQueries({ queryKey: ["privacy"] })
      onDone?.(data)
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

/** The text fields of a submitted form, trimmed. */
export const formFields = (e: FormEvent<HTMLFormElement>) =>
  Object.fromEntries([...new FormData(e.currentTarget).entries()].map(([k, v]) => [k, String(v).trim()])) as Record<string, string>
