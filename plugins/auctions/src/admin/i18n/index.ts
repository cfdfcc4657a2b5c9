import en from "./json/en.json"
import nl from "./json/nl.json"

/** Admin translations (Medusa ≥ 2.11 merges these into the dashboard's react-i18next resources). */
export default {
  en: { translation: en },
  nl: { translation: nl },
}
