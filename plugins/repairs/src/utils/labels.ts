import { Locale } from "../modules/repair/constants"

/** Labels (not enum values) for mails, the receipt and the tracking page. */
const LABELS = {
  nl: {
    status: {
      intake: "Ingenomen",
      diagnosing: "Diagnose",
      awaiting_approval: "Wacht op akkoord",
      in_progress: "In behandeling",
      ready_for_pickup: "Klaar om op te halen",
      delivered: "Afgeleverd",
      closed: "Afgesloten",
      cancelled: "Geannuleerd",
    },
    workType: { reinstall: "Herinstallatie", repair: "Reparatie", upgrade: "Upgrade", diagnosis: "Diagnose" },
    deviceType: { desktop: "Desktop", laptop: "Laptop", tablet: "Tablet", phone: "Telefoon", other: "Overig" },
    category: { photos: "Foto's", documents: "Documenten", email: "E-mail", address_book: "Adresboek", other: "Overig" },
    method: { desk_signature: "handtekening aan de balie", store_api: "online" },
  },
  en: {
    status: {
      intake: "Received",
      diagnosing: "Diagnosing",
      awaiting_approval: "Awaiting your approval",
      in_progress: "In progress",
      ready_for_pickup: "Ready for pickup",
      delivered: "Delivered",
      closed: "Closed",
      cancelled: "Cancelled",
    },
    workType: { reinstall: "Reinstall", repair: "Repair", upgrade: "Upgrade", diagnosis: "Diagnosis" },
    deviceType: { desktop: "Desktop", laptop: "Laptop", tablet: "Tablet", phone: "Phone", other: "Other" },
    category: { photos: "Photos", documents: "Documents", email: "E-mail", address_book: "Address book", other: "Other" },
    method: { desk_signature: "signature at the desk", store_api: "online" },
  },
} as const

export const labels = (locale: Locale) => LABELS[locale]
