import { createHash } from "crypto"
import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The Softshop shop. Every plugin of the pack is loaded here, from the npm
 * workspace, exactly as another shop would load it from the registry.
 *
 * `scripts/shop.mjs` (npm start / npm run dev) sets DATABASE_URL to the embedded
 * PostgreSQL when none is given; the test harness overrides the database itself.
 */
const env = process.env
const port = Number(env.PORT ?? 9000)
const backendUrl = env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`
const storefrontUrl = env.STOREFRONT_URL ?? "http://localhost:8000"
// The built server runs from .medusa/server; keep runtime data at the repository root.
const dataDir = env.SOFTSHOP_DATA_DIR ?? path.join(process.cwd(), ".data")
const redisUrl = env.REDIS_URL
/** A 32-byte key (base64) from the environment, or a fixed development key derived from its name. */
const key32 = (value: string | undefined, devName: string) =>
  value || createHash("sha256").update(`softshop-dev-${devName}`).digest("base64")

/** MultiSafepay: only registered when an API key is set (scripts/shop.mjs can start the fake and set it). */
const multisafepayId = "multisafepay"
const multisafepay = env.MULTISAFEPAY_API_KEY
  ? {
      resolve: "@softshop/medusa-payment-multisafepay/providers/multisafepay",
      id: multisafepayId,
      options: {
        apiKey: env.MULTISAFEPAY_API_KEY,
        environment: (env.MULTISAFEPAY_ENVIRONMENT ?? "test") as "test" | "live",
        apiBaseUrl: env.MULTISAFEPAY_API_URL || undefined,
        notificationUrl: `${backendUrl}/hooks/payment/${multisafepayId}_${multisafepayId}`,
        redirectUrl: `${storefrontUrl}/checkout/multisafepay/return`,
        cancelUrl: `${storefrontUrl}/checkout/multisafepay/cancel`,
        gateways: env.MULTISAFEPAY_GATEWAYS ? env.MULTISAFEPAY_GATEWAYS.split(",").map((g) => g.trim()) : undefined,
        manualCapture: env.MULTISAFEPAY_MANUAL_CAPTURE === "true",
        orderDescription: "Softshop {order_id}",
        partner: "Softshop",
      },
    }
  : undefined

const smtp = env.SMTP_HOST
  ? {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT ?? 587),
      secure: env.SMTP_SECURE === "true",
      auth: env.SMTP_USER
        ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" }
        : undefined,
    }
  : undefined

/**
 * DKIM signing of every mail (needed for one-click unsubscribe at large mailbox providers): SMTP_DKIM_DOMAIN,
 * SMTP_DKIM_SELECTOR and the PEM key in SMTP_DKIM_PRIVATE_KEY (newlines may be written as \n) or a file path
 * in SMTP_DKIM_PRIVATE_KEY_FILE.
 */
const dkim = env.SMTP_DKIM_DOMAIN
  ? {
      domainName: env.SMTP_DKIM_DOMAIN,
      keySelector: env.SMTP_DKIM_SELECTOR ?? "",
      privateKey: env.SMTP_DKIM_PRIVATE_KEY ? env.SMTP_DKIM_PRIVATE_KEY.replace(/\\n/g, "\n") : undefined,
      privateKeyFile: env.SMTP_DKIM_PRIVATE_KEY_FILE || undefined,
    }
  : undefined

/** Redis-backed infrastructure: the production (multi-instance) configuration. */
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") ?? "shared",
    http: {
      storeCors: env.STORE_CORS ?? `${storefrontUrl},http://localhost:8000`,
      adminCors: env.ADMIN_CORS ?? backendUrl,
      authCors: env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
    // Secure cookies only when the shop is really served over https.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
  },
  admin: {
    disable: env.ADMIN_DISABLED === "true",
    // "/" = same origin: one admin build works on whatever host and port serves it.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL ?? "/",
  },
  plugins: [
    // Routes and the admin "E-mail" page; the provider itself is registered below.
    "@softshop/medusa-notification-nodemailer",
    {
      resolve: "@softshop/medusa-auctions",
      options: {
        paymentWindowHours: Number(env.AUCTIONS_PAYMENT_WINDOW_HOURS ?? 48),
        unpaidAction: env.AUCTIONS_UNPAID_ACTION === "relist" ? "relist" : "second_chance",
        bidRateLimitCustomer: {
          limit: Number(env.AUCTIONS_BID_RATE_CUSTOMER ?? 30),
          windowSeconds: 10,
        },
        bidRateLimitIp: { limit: Number(env.AUCTIONS_BID_RATE_IP ?? 300), windowSeconds: 10 },
        // Live (SSE) updates fanned out through Redis, so every server streams every bid.
        redisUrl,
        locale: env.MAIL_DEFAULT_LOCALE === "en" ? "en" : "nl",
        // The pseudonym in the public bid history ("Bieder 3"); the plugin's default is "Bidder".
        bidderLabel: "Bieder",
        // Pay links in the won / reminder / second-chance mails; none when unset.
        storefrontUrl: env.STOREFRONT_URL || undefined,
        timeZone: env.AUCTIONS_TIME_ZONE || undefined,
        // Server-Timing header on bid answers (lock hold time): the bidding benchmark sets it.
        serverTiming: env.AUCTIONS_SERVER_TIMING === "true",
      },
    },
    {
      resolve: "@softshop/medusa-privacy",
      options: {
        requireAccountForCheckout: env.PRIVACY_ALLOW_GUEST_CHECKOUT !== "true",
        consumerRetentionMonths: Number(env.PRIVACY_CONSUMER_RETENTION_MONTHS ?? 10),
        businessRetentionMonths: Number(env.PRIVACY_BUSINESS_RETENTION_MONTHS ?? 36),
        businessCustomerGroupIds: (env.PRIVACY_BUSINESS_GROUP_IDS ?? "").split(",").filter(Boolean),
        fiscalRetentionYears: Number(env.PRIVACY_FISCAL_RETENTION_YEARS ?? 7),
        erasureCoolingOffHours: Number(env.PRIVACY_ERASURE_COOLING_OFF_HOURS ?? 24),
        // The shop's mails and pages are Dutch first (the plugin's default is "en").
        defaultLocale: "nl",
        secret: env.PRIVACY_SECRET || env.JWT_SECRET || undefined,
        backendUrl,
        // Request hardening (README "Security"): trust X-Forwarded-For only from the configured proxy.
        trustProxy: env.TRUST_PROXY || false,
        enforceOwnership: env.PRIVACY_ENFORCE_OWNERSHIP !== "false",
      },
    },
    {
      resolve: "@softshop/medusa-newsletter",
      options: {
        secret: env.NEWSLETTER_SECRET || env.COOKIE_SECRET || "softshop-dev-newsletter-secret",
        hashSalt: env.NEWSLETTER_HASH_SALT || undefined,
        publicUrl: backendUrl,
        // Confirm and unsubscribe links open the storefront's pages (storefront/), which call the Store API.
        pagesUrl: storefrontUrl,
        unsubscribeMailto: env.NEWSLETTER_UNSUBSCRIBE_MAILTO || undefined,
        // The shop is Dutch first (the plugin's neutral default is "en").
        defaultLocale: env.MAIL_DEFAULT_LOCALE === "en" ? "en" : "nl",
        softOptIn: { enabled: env.NEWSLETTER_SOFT_OPT_IN === "true" },
        campaign: {
          batchSize: Number(env.NEWSLETTER_BATCH_SIZE ?? 200),
          // A claimed batch whose worker died is taken over by another worker after this many seconds.
          leaseSeconds: Number(env.NEWSLETTER_LEASE_SECONDS ?? 300),
          // Mails per notification call (statuses are written per call) and calls in flight per worker.
          mailsPerCall: Number(env.NEWSLETTER_MAILS_PER_CALL ?? 25),
          callsInFlight: Number(env.NEWSLETTER_CALLS_IN_FLIGHT ?? 4),
          autoResume: env.NEWSLETTER_AUTO_RESUME !== "false",
        },
      },
    },
    {
      resolve: "@softshop/medusa-repairs",
      options: {
        backupStores: [
          { id: "store-a", directory: env.REPAIRS_BACKUP_DIR_A ?? path.join(dataDir, "backups", "a"), keyRef: "key-a" },
          { id: "store-b", directory: env.REPAIRS_BACKUP_DIR_B ?? path.join(dataDir, "backups", "b"), keyRef: "key-b" },
        ],
        encryptionKeys: {
          "key-a": key32(env.REPAIRS_BACKUP_KEY_A, "repairs-backup-a"),
          "key-b": key32(env.REPAIRS_BACKUP_KEY_B, "repairs-backup-b"),
        },
        credentialKey: key32(env.REPAIRS_CREDENTIAL_KEY, "repairs-credential"),
        trackingSecret: env.REPAIRS_TRACKING_SECRET || env.COOKIE_SECRET || "softshop-dev-repairs-tracking",
        sweepDays: (env.REPAIRS_SWEEP_DAYS ?? "1,15").split(",").map(Number),
        // Tracking links in the status mails open the storefront's tracking page (storefront/), which calls
        // GET /store/repairs/track; the backend's own /repairs/track page stays available.
        publicUrl: env.REPAIRS_TRACKING_URL || storefrontUrl,
        locale: env.MAIL_DEFAULT_LOCALE === "en" ? "en" : "nl",
        // The name in the consent texts and on the receipt (the plugin's default is a neutral "the shop").
        shopName: "Softshop",
      },
    },
    {
      resolve: "@softshop/medusa-reviews",
      options: {
        locale: env.MAIL_DEFAULT_LOCALE === "en" ? "en" : "nl",
        buyersOnly: env.REVIEWS_BUYERS_ONLY === "true",
        maxPhotos: Number(env.REVIEWS_MAX_PHOTOS ?? 3),
        flagWords: (env.REVIEWS_FLAG_WORDS ?? "").split(",").map((w) => w.trim()).filter(Boolean),
        requestMail: {
          enabled: env.REVIEWS_REQUEST_MAIL === "true",
          delayDays: Number(env.REVIEWS_REQUEST_DELAY_DAYS ?? 7),
        },
        secret: env.REVIEWS_SECRET || env.COOKIE_SECRET || "softshop-dev-reviews-secret",
        publicUrl: backendUrl,
        storefrontUrl,
      },
    },
    {
      resolve: "@softshop/medusa-contests",
      options: {
        secret: env.CONTESTS_SECRET || env.COOKIE_SECRET || "softshop-dev-contests-secret",
        // The winner mail's claim link opens the storefront's claim page (/contests/claim?token=), which calls
        // the plugin's claim routes (CORS for the storeCors origins).
        publicUrl: env.CONTESTS_CLAIM_URL || storefrontUrl,
        entryRetentionDays: Number(env.CONTESTS_ENTRY_RETENTION_DAYS ?? 30),
        winnerRetentionMonths: Number(env.CONTESTS_WINNER_RETENTION_MONTHS ?? 84),
        entryRateLimitCustomer: { limit: Number(env.CONTESTS_ENTRY_RATE_CUSTOMER ?? 10), windowSeconds: 60 },
        entryRateLimitIp: { limit: Number(env.CONTESTS_ENTRY_RATE_IP ?? 300), windowSeconds: 60 },
        locale: env.MAIL_DEFAULT_LOCALE === "en" ? "en" : "nl",
      },
    },
    // Store route (payment methods), session middleware, reconciliation job, admin widget.
    { resolve: "@softshop/medusa-payment-multisafepay", options: {} },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@softshop/medusa-notification-nodemailer/providers/nodemailer",
            id: "nodemailer",
            options: {
              channels: ["email"],
              from: env.MAIL_FROM ?? "Softshop <noreply@softshop.nl>",
              smtp,
              // The SMTP pool in a worker thread, beside the event loop (SMTP_THREAD=false: on it).
              smtpThread: env.SMTP_THREAD !== "false",
              dkim,
              mailDir: path.join(dataDir, "mail"),
              defaultLocale: env.MAIL_DEFAULT_LOCALE ?? "nl",
              shopName: "Softshop",
            },
          },
          // Keep Medusa's admin notification feed.
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["feed"] },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // Medusa waits this long before processing a webhook (default 5000 ms); tests set it low.
        webhook_delay: Number(env.PAYMENT_WEBHOOK_DELAY_MS ?? 5000),
        providers: multisafepay ? [multisafepay] : [],
      },
    },
    ...redisModules,
  ],
})
