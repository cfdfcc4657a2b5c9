import en from "./json/en.json" with { type: "json" }
import nl from "./json/nl.json" with { type: "json" }

/** Translations of the MultiSafepay admin extensions (Medusa ≥ 2.11 admin i18n: merged into the dashboard's "translation" namespace). */
export default {
  en: { translation: en },
  nl: { translation: nl },
}
