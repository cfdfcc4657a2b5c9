import { useI18n } from "../i18n"

type Defaults = Partial<
  Record<"first_name" | "last_name" | "address_1" | "postal_code" | "city" | "country_code" | "phone" | "company", string | null | undefined>
>

/** The address inputs, each with its own label; names are `${prefix}_${field}`. */
export function AddressFields({ prefix, defaults = {} }: { prefix: string; defaults?: Defaults }) {
  const { t } = useI18n()
  const field = (name: keyof Defaults, label: string, props: Record<string, unknown> = {}) => (
    <>
      <label htmlFor={`${prefix}-${name}`}>{label}</label>
      <input id={`${prefix}-${name}`} name={`${prefix}_${name}`} defaultValue={defaults[name] ?? ""} {...props} />
    </>
  )
  return (
    <div className="stack address-fields">
      {field("first_name", t("form.firstName"), { required: true, autoComplete: "given-name" })}
      {field("last_name", t("form.lastName"), { required: true, autoComplete: "family-name" })}
      {field("company", t("form.companyOptional"), { autoComplete: "organization" })}
      {field("address_1", t("form.street"), { required: true, autoComplete: "address-line1" })}
      {field("postal_code", t("form.postalCode"), { required: true, autoComplete: "postal-code" })}
      {field("city", t("form.city"), { required: true, autoComplete: "address-level2" })}
      <label htmlFor={`${prefix}-country_code`}>{t("form.country")}</label>
      <select id={`${prefix}-country_code`} name={`${prefix}_country_code`} defaultValue={defaults.country_code ?? "nl"}>
        <option value="nl">{t("form.countryNl")}</option>
        <option value="be">{t("form.countryBe")}</option>
      </select>
      {field("phone", t("form.phoneOptional"), { type: "tel", autoComplete: "tel" })}
    </div>
  )
}

export function addressFromForm(form: FormData, prefix: string) {
  const v = (name: string) => String(form.get(`${prefix}_${name}`) ?? "").trim()
  return {
    first_name: v("first_name"),
    last_name: v("last_name"),
    company: v("company"),
    address_1: v("address_1"),
    postal_code: v("postal_code"),
    city: v("city"),
    country_code: v("country_code") || "nl",
    phone: v("phone"),
  }
}
