import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import helmet from "helmet"
import PrivacyModuleService from "../../modules/privacy/service"
import { ResolvedPrivacyOptions } from "../../modules/privacy/options"

type Handler = (req: any, res: any, next: (err?: unknown) => void) => void

/** TRUST_PROXY / the `trustProxy` option as Express wants it: false, true, a hop count or a proxy-addr list. */
export function trustProxyValue(value: ResolvedPrivacyOptions["trustProxy"]): boolean | number | string {
  if (typeof value !== "string") return value
  const v = value.trim()
  if (/^(|false|off|no|0)$/i.test(v)) return false
  if (/^true$/i.test(v)) return true
  if (/^\d+$/.test(v)) return Number(v)
  return v
}

/** Express apps already configured (a marker per app object, gone with it). */
const configuredAppCache = new WeakSet<object>()

/**
 * Medusa's express loader hard-codes `app.set("trust proxy", 1)`, so X-Forwarded-For from any client set
 * `req.ip`. The first request through this layer replaces it with the configured value (default: trust
 * nobody) and turns off X-Powered-By; `req.ip` is computed on read, so that very request already sees it.
 */
export function configureApp(req: MedusaRequest, options: ResolvedPrivacyOptions) {
  const app = req.app as unknown as { set(k: string, v: unknown): void; disable(k: string): void } | undefined
  if (!app || configuredAppCache.has(app)) return
  configuredAppCache.add(app)
  app.disable("x-powered-by")
  try {
    app.set("trust proxy", trustProxyValue(options.trustProxy))
  } catch {
    app.set("trust proxy", false)
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      .error(`privacy: trustProxy "${String(options.trustProxy)}" is not a valid Express trust proxy value; trusting no proxy`)
  }
}

/** Responses that carry personal data or credentials: never stored by a browser or a shared cache. */
const PERSONAL = [
  /^\/admin(\/|$)/,
  /^\/auth(\/|$)/,
  /^\/store\/(customers|orders|carts|payment-collections|privacy|newsletter-subscriptions|returns|order-changes)(\/|$)/,
  /^\/store\/.+\/me(\/|$)/,
  /^\/(privacy|newsletter)(\/|$)/,
]
export const fullPath = (req: MedusaRequest) => String(req.originalUrl ?? req.url ?? "").split("?")[0]
export const isPersonalDataPath = (path: string) => PERSONAL.some((re) => re.test(path))

/** helmet's handlers per resolved options object (a cache: they depend only on the options). */
const helmetCache = new WeakMap<ResolvedPrivacyOptions, { api: Handler; html: Handler }>()
function helmetsFor(options: ResolvedPrivacyOptions) {
  const cached = helmetCache.get(options)
  if (cached) return cached
  const helmets = {
    // JSON API: nosniff, X-Frame-Options DENY, no referrer, COOP; HSTS only when the shop is served over https.
    // No CSP here (it means nothing for JSON) and no CORP (the storefront on another origin reads the API).
    api: helmet({
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: false,
      strictTransportSecurity: options.backendUrl.startsWith("https://") ? { maxAge: 15_552_000 } : false,
      xFrameOptions: { action: "deny" },
    }) as Handler,
    // HTML pages the plugins serve (newsletter confirm/unsubscribe, keep-my-account, …): nothing may frame
    // them, load scripts into them, or post their forms elsewhere.
    html: helmet.contentSecurityPolicy({
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }) as Handler,
  }
  helmetCache.set(options, helmets)
  return helmets
}

const noop = () => undefined

type AdminConfig = { admin?: { path?: string; disable?: boolean } }
/** The admin dashboard's path per application config ("" when the admin is off; a cache of the config). */
const adminPathCache = new WeakMap<AdminConfig, string>()
function isAdminDashboard(req: MedusaRequest) {
  const config = req.scope?.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as AdminConfig | undefined
  let adminPath = config ? adminPathCache.get(config) : undefined
  if (adminPath === undefined) {
    adminPath = config?.admin?.disable ? "" : (config?.admin?.path ?? "/app").replace(/\/$/, "")
    if (config) adminPathCache.set(config, adminPath)
  }
  const path = fullPath(req)
  return !!adminPath && (path === adminPath || path.startsWith(`${adminPath}/`))
}
/** Responses whose writeHead is already wrapped (a marker per response object, gone with it). */
const hookedResponseCache = new WeakSet<object>()

/**
 * Security headers on every response of the API and of the plugins' pages (helmet), and Cache-Control:
 * no-store on personal data. The page CSP depends on what the handler answers (HTML or not), so it is set
 * at writeHead. The admin dashboard (/app) is served before the API and is not touched.
 */
export function applySecurityHeaders(req: MedusaRequest, res: MedusaResponse, options: ResolvedPrivacyOptions) {
  if (hookedResponseCache.has(res)) return
  hookedResponseCache.add(res)
  // The admin dashboard brings its own scripts; Medusa may mount it after the API, so skip it explicitly.
  if (isAdminDashboard(req)) return
  const h = helmetsFor(options)
  h.api(req, res, noop)
  res.removeHeader("X-Powered-By")
  // Inside an app.use("/*") middleware req.path is relative to the mount: read the full path.
  const personal = isPersonalDataPath(fullPath(req))
  if (personal) res.setHeader("Cache-Control", "no-store")
  const writeHead = res.writeHead
  res.writeHead = function (this: MedusaResponse, ...args: unknown[]) {
    const type = String(res.getHeader("Content-Type") ?? "")
    if (type.startsWith("text/html")) {
      h.html(req, res, noop)
      res.setHeader("Cache-Control", "no-store")
    } else if (personal) {
      res.setHeader("Cache-Control", "no-store")
    } else if (!res.getHeader("Cache-Control")) {
      res.setHeader("Cache-Control", "no-store")
    }
    return (writeHead as (...a: unknown[]) => MedusaResponse).apply(this, args)
  } as MedusaResponse["writeHead"]
}

export function privacyOptions(req: MedusaRequest): ResolvedPrivacyOptions {
  return req.scope.resolve<PrivacyModuleService>("privacy").getOptions()
}

/** App settings, request context ip and headers; safe to call twice (the error handler calls it too). */
export function prepareRequest(req: MedusaRequest, res: MedusaResponse) {
  const options = privacyOptions(req)
  configureApp(req, options)
  const ctx = (req as unknown as { request_context?: Record<string, unknown> }).request_context
  // Medusa's own request context reads X-Forwarded-For itself (request-ip); make it agree with req.ip.
  if (ctx) ctx.ip_address = req.ip
  applySecurityHeaders(req, res, options)
}

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    prepareRequest(req, res)
  } catch (e) {
    return next(e)
  }
  next()
}
