// Softshop's own, self-hosted visit counter: the storefront loads this file only after the
// visitor granted the "analytics" cookie category (see src/consent.tsx). It sets one marker.
window.softshopAnalytics = { loadedAt: new Date().toISOString() }
document.documentElement.dataset.analytics = "loaded"
