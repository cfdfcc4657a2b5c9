import axios from "axios"
import { SeededShop } from "../../helpers/shop"
import { BASE_URL } from "./browser"

/** The Store API of the running e2e shop, for tests that act as a storefront. */
export async function storeClient() {
  const api = axios.create({ baseURL: BASE_URL })
  const headers = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const { data: regions } = await api.get("/store/regions", { headers })
  const { data: products } = await api.get("/store/products?handle=softview-27-qhd&fields=variants.id,variants.sku", { headers })
  const shop: SeededShop = {
    publishableKey: headers["x-publishable-api-key"],
    regionId: regions.regions[0].id,
    salesChannelId: "",
    variantId: products.products[0].variants.find((v: { sku: string }) => v.sku === "SV-27QHD").id,
    headers,
  }
  return { api, shop }
}
