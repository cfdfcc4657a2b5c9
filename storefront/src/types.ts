import type Medusa from "@medusajs/js-sdk"

// Medusa's Store types, taken from the js-sdk's own signatures (the storefront depends on the js-sdk only).
type Store = Medusa["store"]
export type StoreCart = Awaited<ReturnType<Store["cart"]["retrieve"]>>["cart"] & { completed_at?: string | null }
export type StoreProduct = Awaited<ReturnType<Store["product"]["retrieve"]>>["product"]
export type StoreVariant = NonNullable<StoreProduct["variants"]>[number] & {
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
}
export type StoreCustomer = Awaited<ReturnType<Store["customer"]["retrieve"]>>["customer"]
export type StoreAddress = NonNullable<StoreCustomer["addresses"]>[number]
export type StoreOrder = Awaited<ReturnType<Store["order"]["retrieve"]>>["order"]
export type StoreShippingOption = Awaited<ReturnType<Store["fulfillment"]["listCartOptions"]>>["shipping_options"][number]
