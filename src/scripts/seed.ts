import { createHash } from "crypto"
import fs from "fs"
import path from "path"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATALOGUE, CATEGORIES, productImageUrl } from "./seed-catalogue"

const SALES_CHANNEL = "Softshop Webshop"
const REGION = "Nederland & België"
const LOCATION = "Softshop magazijn Amsterdam"
const KEY_TITLE = "Softshop storefront"

/**
 * Idempotent demo seed: every step looks for what it would create first, so a
 * second run changes nothing and a half-finished first run is completed.
 * Writes .data/shop.json (publishable key, admin login) for the run command.
 */
export default async function seedSoftshop({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const shop = await seedDemoShop(container)
  await seedPrivacyDemoData(container)
  const shopFile = path.join(process.env.SOFTSHOP_DATA_DIR ?? path.join(process.cwd(), ".data"), "shop.json")
  fs.mkdirSync(path.dirname(shopFile), { recursive: true })
  fs.writeFileSync(shopFile, JSON.stringify(shop, null, 2))
  logger.info(`Seeded Softshop: ${CATALOGUE.length} products, key ${shop.publishable_key}`)
}

export type SeededShopInfo = {
  publishable_key: string
  region_id: string
  sales_channel_id: string
  admin_email: string
  admin_password: string
}

/** Creates whatever of the demo shop is missing; returns the key, ids and admin login. */
export async function seedDemoShop(container: ExecArgs["container"]): Promise<SeededShopInfo> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const productModule = container.resolve(Modules.PRODUCT)
  const taxModule = container.resolve(Modules.TAX)

  // Sales channel
  let [channel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "softshop.nl" }] },
    })
    channel = result[0]
  }

  // Store
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Softshop",
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  // Region + tax (21% VAT in both countries)
  let [region] = await regionModule.listRegions({ name: REGION })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION,
            currency_code: "eur",
            countries: ["nl", "be"],
            payment_providers: ["pp_system_default"],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
  }
  // MultiSafepay (registered in medusa-config.ts only when MULTISAFEPAY_API_KEY is set): enable it on the region.
  if (process.env.MULTISAFEPAY_API_KEY) {
    const msp = "pp_multisafepay_multisafepay"
    const { data: regions } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: region.id } })
    const current = ((regions[0]?.payment_providers ?? []) as { id: string }[]).map((p) => p.id)
    if (!current.includes(msp)) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...current, msp] } },
      })
    }
  }
  const taxRegions = await taxModule.listTaxRegions({ country_code: ["nl", "be"] })
  const missingTax = ["nl", "be"].filter((c) => !taxRegions.some((t) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: 21, code: `${country_code}-btw-21`, name: "BTW 21%" },
      })),
    })
  }

  // Stock location, fulfilment and shipping options
  let [location] = await stockLocationModule.listStockLocations({ name: LOCATION })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: LOCATION,
            address: { address_1: "Damrak 1", city: "Amsterdam", postal_code: "1012 LG", country_code: "nl" },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [channel.id] },
    })
  }

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Standaard", type: "default" }] },
    })
    profile = result[0]
  }

  const { data: locWithSets } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { id: location.id },
  })
  let serviceZoneId = locWithSets[0]?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (!serviceZoneId) {
    const set = await fulfillmentModule.createFulfillmentSets({
      name: "Softshop verzending",
      type: "shipping",
      service_zones: [
        {
          name: "Benelux",
          geo_zones: [
            { country_code: "nl", type: "country" },
            { country_code: "be", type: "country" },
          ],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    serviceZoneId = set.service_zones[0].id
  }
  const existingOptions = await fulfillmentModule.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const shippingOptions = [
    { name: "PostNL standaard", code: "postnl", label: "Bezorging in 1-2 werkdagen", amount: 4.95 },
    { name: "Afhalen in de winkel", code: "pickup", label: "Afhalen in Amsterdam", amount: 0 },
  ].filter((o) => !existingOptions.some((e) => e.name === o.name))
  if (shippingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: shippingOptions.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId!,
        shipping_profile_id: profile.id,
        type: { label: o.label, description: o.label, code: o.code },
        prices: [
          { currency_code: "eur", amount: o.amount },
          { region_id: region.id, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  // Publishable API key for the storefront
  let apiKey = (await apiKeyModule.listApiKeys({ title: KEY_TITLE, type: "publishable" })).find((k) => !k.revoked_at)
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [channel.id] },
    })
  }

  // Catalogue
  const existingCategories = await productModule.listProductCategories({
    handle: CATEGORIES.map((c) => c.handle),
  })
  const missingCategories = CATEGORIES.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((c) => ({ ...c, is_active: true })) },
    })
  }
  const categories = await productModule.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)!.id

  const existingProducts = await productModule.listProducts({ handle: CATALOGUE.map((p) => p.handle) })
  const missingProducts = CATALOGUE.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          handle: p.handle,
          subtitle: p.subtitle,
          description: p.description,
          thumbnail: productImageUrl(p.handle),
          images: [{ url: productImageUrl(p.handle) }],
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryId(p.category)],
          shipping_profile_id: profile.id,
          options: [{ title: p.option, values: p.variants.map((v) => v.value) }],
          variants: p.variants.map((v) => ({
            title: v.value,
            sku: v.sku,
            manage_inventory: !p.service,
            options: { [p.option]: v.value },
            prices: [{ currency_code: "eur", amount: v.price }],
          })),
          sales_channels: [{ id: channel.id }],
          metadata: p.service ? { softshop_service: "repair" } : undefined,
        })),
      },
    })
  }

  // Pictures for demo products seeded before they had one
  const unpictured = existingProducts.filter((e) => !e.thumbnail)
  for (const product of unpictured) {
    await productModule.updateProducts(product.id, {
      thumbnail: productImageUrl(product.handle),
      images: [{ url: productImageUrl(product.handle) }],
    })
  }

  // Inventory for every managed item that has no level at the warehouse yet
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "location_levels.location_id"],
  })
  const levels = items
    .filter((i: { location_levels?: ({ location_id: string } | null)[] }) => !i.location_levels?.some((l) => l?.location_id === location.id))
    .map((i) => ({ inventory_item_id: i.id, location_id: location.id, stocked_quantity: 25 }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }

  await ensureNewsletterConsentTexts(container)
  const admin = await ensureAdmin(container)
  return {
    publishable_key: apiKey.token,
    region_id: region.id,
    sales_channel_id: channel.id,
    admin_email: admin.email,
    admin_password: admin.password,
  }
}

type NewsletterConsent = {
  currentConsentText(locale: string): Promise<unknown>
  publishConsentText(input: { locale: string; body: string }): Promise<unknown>
}

/** The newsletter form needs a published consent text per language (when that plugin is installed). */
async function ensureNewsletterConsentTexts(container: ExecArgs["container"]) {
  if (!container.hasRegistration("newsletter")) return
  const newsletter = container.resolve<NewsletterConsent>("newsletter")
  const texts: Record<string, string> = {
    nl: "Ja, ik wil de nieuwsbrief van Softshop ontvangen met aanbiedingen van Softshop zelf (nooit van derden). Afmelden kan altijd, via de link onderaan elke nieuwsbrief of op de website.",
    en: "Yes, I want to receive Softshop's newsletter with offers from Softshop itself (never from third parties). I can unsubscribe at any time through the link at the bottom of every newsletter or on the website.",
  }
  for (const [locale, body] of Object.entries(texts)) {
    if (!(await newsletter.currentConsentText(locale))) await newsletter.publishConsentText({ locale, body })
  }
}

/** The demo admin; its password comes from ADMIN_PASSWORD (default below). */
async function ensureAdmin(container: ExecArgs["container"]) {
  const email = process.env.ADMIN_EMAIL ?? "admin@softshop.test"
  const password = process.env.ADMIN_PASSWORD ?? "softshop-admin"
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email })
  if (existing) return { email, password }
  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not create the admin login: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  return { email, password }
}

type PrivacyDemo = {
  listPolicyTexts(filter: Record<string, unknown>): Promise<unknown[]>
  createPolicyTexts(data: Record<string, unknown>): Promise<unknown>
  listProcessors(filter: Record<string, unknown>): Promise<unknown[]>
  createProcessors(data: Record<string, unknown>): Promise<unknown>
  now(): Date
}

const COOKIE_TEXT_VERSION = "2026-12"
const COOKIE_TEXTS: Record<"nl" | "en", string> = {
  nl:
    "Softshop gebruikt functionele cookies die nodig zijn om de winkel te laten werken (winkelwagen, inloggen, uw cookiekeuze). " +
    "Met uw toestemming gebruiken we daarnaast analytische cookies (Google Analytics, met ingekort IP-adres) om de winkel te verbeteren, " +
    "en marketingcookies om advertenties te tonen die bij u passen. U kunt uw keuze altijd wijzigen of intrekken via 'Cookie-instellingen' onderaan elke pagina.",
  en:
    "Softshop uses functional cookies that the shop needs to work (cart, signing in, your cookie choice). " +
    "With your consent we also use analytics cookies (Google Analytics, with a shortened IP address) to improve the shop, " +
    "and marketing cookies to show advertisements that suit you. You can change or withdraw your choice at any time through 'Cookie settings' at the bottom of every page.",
}

/** The processors the demo shop really uses (GDPR art. 30 register). */
const PROCESSORS = [
  {
    name: "MultiSafepay",
    purpose: "Online payments (iDEAL, cards, pay later) and refunds",
    data_categories: ["name", "e-mail address", "billing address", "order amount", "payment details", "IP address"],
    location: "Netherlands (EU)",
  },
  {
    name: "PostNL",
    purpose: "Delivery of orders and track-and-trace messages",
    data_categories: ["name", "delivery address", "e-mail address", "phone number"],
    location: "Netherlands (EU)",
  },
  {
    name: "E-mail delivery (SMTP provider)",
    purpose: "Sending order, account and newsletter e-mails",
    data_categories: ["e-mail address", "name", "e-mail content"],
    location: "European Union",
  },
]

/**
 * The privacy plugin's demo data (when it is installed): the cookie banner's texts (nl, en) so
 * GET /store/privacy/policy-texts/current answers instead of 404, and the processor register.
 * Idempotent: looks for each text (kind, version, locale) and processor (name) first.
 */
export async function seedPrivacyDemoData(container: ExecArgs["container"]) {
  if (!container.hasRegistration("privacy")) return
  const privacy = container.resolve<PrivacyDemo>("privacy")
  for (const [locale, body] of Object.entries(COOKIE_TEXTS)) {
    const filter = { kind: "cookies", version: COOKIE_TEXT_VERSION, locale }
    if ((await privacy.listPolicyTexts(filter)).length) continue
    await privacy.createPolicyTexts({
      ...filter,
      body,
      hash: createHash("sha256").update(body).digest("hex"),
      published_at: privacy.now(),
    })
  }
  for (const processor of PROCESSORS) {
    if ((await privacy.listProcessors({ name: processor.name })).length) continue
    await privacy.createProcessors({ ...processor, active: true })
  }
}
