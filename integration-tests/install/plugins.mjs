// What the install test registers and calls for each plugin: the medusa-config entries its README shows,
// one Store and one Admin route, and a string its admin extension's bundle must contain.
//
// `plugins` and `modules` are source text pasted into the scaffolded app's medusa-config.ts, as a developer
// would copy them from the README (secrets from process.env, set by the test).

const nodemailerProvider = `{
          resolve: "@softshop/medusa-notification-nodemailer/providers/nodemailer",
          id: "nodemailer",
          options: { channels: ["email"], from: "Install test <noreply@install.test>", mailDir: process.env.INSTALL_MAIL_DIR },
        }`

export const PLUGINS = [
  {
    name: "auctions",
    pkg: "@softshop/medusa-auctions",
    plugins: `{ resolve: "@softshop/medusa-auctions", options: { paymentWindowHours: 48 } }`,
    store: { path: "/store/auctions", status: 200, has: "auctions" },
    admin: { path: "/admin/auctions", status: 200, has: "auctions" },
    adminMarker: "/admin/auctions",
    // A fresh store has no default region: the plugin must say at boot that closing lots needs one.
    bootWarning: /default region/i,
  },
  {
    name: "contests",
    pkg: "@softshop/medusa-contests",
    plugins: `{ resolve: "@softshop/medusa-contests", options: { secret: process.env.INSTALL_SECRET, publicUrl: "http://127.0.0.1" } }`,
    store: { path: "/store/contests", status: 200, has: "contests" },
    admin: { path: "/admin/contests", status: 200, has: "contests" },
    adminMarker: "/admin/contests",
  },
  {
    name: "newsletter",
    pkg: "@softshop/medusa-newsletter",
    plugins: `{ resolve: "@softshop/medusa-newsletter", options: { secret: process.env.INSTALL_SECRET, publicUrl: "http://127.0.0.1" } }`,
    // A fresh shop has published no consent text yet: a 404 naming the locale.
    store: { path: "/store/newsletter-consent-texts", status: [200, 404] },
    admin: { path: "/admin/newsletter-subscriptions", status: 200, has: "newsletter_subscriptions" },
    adminMarker: "/admin/newsletter-subscriptions",
    // Alone, the shop has no e-mail provider: the plugin must say so at boot, and never answer "confirmation_sent".
    bootWarning: /e-mail provider/i,
    aloneCalls: [
      { method: "POST", path: "/store/newsletter-subscriptions", body: { email: "install@example.test", locale: "nl" }, status: 503, message: /no e-mail provider/i },
    ],
  },
  {
    name: "notification-nodemailer",
    pkg: "@softshop/medusa-notification-nodemailer",
    plugins: `"@softshop/medusa-notification-nodemailer"`,
    notificationProviders: [nodemailerProvider],
    // The plugin adds no Store route.
    store: null,
    admin: { path: "/admin/mail-log", status: 200, has: "mails" },
    adminMarker: "/admin/mail-log",
  },
  {
    name: "payment-multisafepay",
    pkg: "@softshop/medusa-payment-multisafepay",
    plugins: `{ resolve: "@softshop/medusa-payment-multisafepay", options: {} }`,
    modules: [
      `{
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@softshop/medusa-payment-multisafepay/providers/multisafepay",
            id: "multisafepay",
            options: {
              apiKey: "install-test-key",
              environment: "test",
              notificationUrl: "http://127.0.0.1/hooks/payment/multisafepay_multisafepay",
              redirectUrl: "http://127.0.0.1/checkout/multisafepay/return",
              cancelUrl: "http://127.0.0.1/checkout/multisafepay/cancel",
            },
          },
        ],
      },
    }`,
    ],
    // An unknown cart: the route must answer 404 naming it (the provider is reachable, MultiSafepay is not called).
    store: { path: "/store/multisafepay/payment-methods?cart_id=cart_install_test", status: 404 },
    admin: { path: "/admin/multisafepay/orders/order_install_test", status: 404 },
    adminMarker: "/admin/multisafepay",
  },
  {
    name: "privacy",
    pkg: "@softshop/medusa-privacy",
    plugins: `{ resolve: "@softshop/medusa-privacy", options: { consumerRetentionMonths: 10 } }`,
    store: { path: "/store/privacy/policy-texts/current", status: [200, 400, 404] },
    admin: { path: "/admin/privacy/registry", status: 200 },
    adminMarker: "/admin/privacy/retention-runs",
  },
  {
    name: "repairs",
    pkg: "@softshop/medusa-repairs",
    plugins: `{
      resolve: "@softshop/medusa-repairs",
      options: {
        backupStores: [
          { id: "store-a", directory: process.env.INSTALL_BACKUP_A, keyRef: "key-a" },
          { id: "store-b", directory: process.env.INSTALL_BACKUP_B, keyRef: "key-b" },
        ],
        encryptionKeys: { "key-a": process.env.INSTALL_KEY_A, "key-b": process.env.INSTALL_KEY_B },
        credentialKey: process.env.INSTALL_KEY_C,
        trackingSecret: process.env.INSTALL_SECRET,
        publicUrl: "http://127.0.0.1",
      },
    }`,
    store: { path: "/store/repair-texts", status: [200, 404] },
    admin: { path: "/admin/repairs", status: 200, has: "repairs" },
    adminMarker: "/admin/repairs",
  },
  {
    name: "reviews",
    pkg: "@softshop/medusa-reviews",
    plugins: `{ resolve: "@softshop/medusa-reviews", options: { locale: "nl", maxPhotos: 3 } }`,
    store: { path: "/store/reviews/policy", status: [200, 404] },
    admin: { path: "/admin/reviews", status: 200, has: "reviews" },
    adminMarker: "/admin/reviews",
  },
]

/** The subpaths a plugin's README tells developers to import (checked for .d.ts in a strict app). */
export const TYPED_IMPORTS = {
  auctions: ["workflows", "utils/settle", "modules/auction"],
  contests: ["workflows", "modules/contest"],
  newsletter: ["workflows", "modules/newsletter"],
  "notification-nodemailer": ["providers/nodemailer"],
  "payment-multisafepay": ["providers/multisafepay", "workflows"],
  privacy: ["modules/privacy"],
  repairs: ["workflows", "modules/repair"],
  reviews: ["workflows", "modules/review"],
}
