import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useSyncExternalStore } from "react"
import { useClients } from "./sdk"
import type { StoreCart } from "./types"

const CART_KEY = "softshop_cart"
/** The cart sent to MultiSafepay: the return page polls it until the webhook made it an order. */
export const PENDING_CART_KEY = "softshop_pending_cart"

const cartIdListeners = new Set<() => void>()
const notifyCartId = () => cartIdListeners.forEach((l) => l())

/** The visitor's shopping cart id (localStorage); components using `useCartId` re-render when it changes. */
export const cartId = {
  get: () => localStorage.getItem(CART_KEY),
  set: (id: string) => {
    localStorage.setItem(CART_KEY, id)
    notifyCartId()
  },
  clear: () => {
    localStorage.removeItem(CART_KEY)
    notifyCartId()
  },
}

export function useCartId() {
  return useSyncExternalStore((listener) => {
    cartIdListeners.add(listener)
    return () => cartIdListeners.delete(listener)
  }, cartId.get)
}

/** The signed-in customer, or null for a visitor. */
export function useCustomer() {
  const { sdk } = useClients()
  return useQuery({
    queryKey: ["customer"],
    queryFn: async () => {
      if (!(await sdk.client.getToken())) return null
      try {
        return (await sdk.store.customer.retrieve({ fields: "*addresses" })).customer
      } catch (e) {
        if ((e as { status?: number }).status === 401) return null
        throw e
      }
    },
    staleTime: 60_000,
  })
}

/** The shop's region (the seed makes one: Nederland & België, prices incl. 21% BTW). */
export function useRegion() {
  const { sdk, config } = useClients()
  return useQuery({
    queryKey: ["region"],
    queryFn: async () => {
      const { regions } = await sdk.store.region.list({ limit: 10 })
      return regions.find((r) => r.id === config.regionId) ?? regions[0] ?? null
    },
    staleTime: Infinity,
  })
}

export const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.variant_rank,+variants.inventory_quantity,+variants.manage_inventory,*categories,*images,*options,*variants.options"

export function useCart(given?: string | null) {
  const { sdk } = useClients()
  const current = useCartId()
  const id = given === undefined ? current : given
  return useQuery({
    queryKey: ["cart", id],
    enabled: !!id,
    queryFn: async () => {
      try {
        return (await sdk.store.cart.retrieve(id!, { fields: "*items,*items.variant,*shipping_methods,+completed_at" })).cart as StoreCart
      } catch (e) {
        if ((e as { status?: number }).status === 404) {
          if (id === cartId.get()) cartId.clear()
          return null
        }
        throw e
      }
    },
  })
}

/** Adds a variant to the visitor's cart, creating the cart on first use. */
export function useAddToCart() {
  const { sdk } = useClients()
  const qc = useQueryClient()
  const region = useRegion()
  return useMutation({
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      let id = cartId.get()
      if (id) {
        const existing = await sdk.store.cart.retrieve(id, { fields: "id,completed_at" }).catch(() => null)
        if (!existing || (existing.cart as StoreCart).completed_at) id = null
      }
      if (!id) {
        const { cart } = await sdk.store.cart.create({ region_id: region.data?.id })
        id = cart.id
        cartId.set(id)
      }
      return (await sdk.store.cart.createLineItem(id, { variant_id: variantId, quantity })).cart
    },
    onSuccess: (cart) => qc.setQueryData(["cart", cart.id], cart),
  })
}
