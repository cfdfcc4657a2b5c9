import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { AddressFields, addressFromForm } from "../components/AddressFields"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { cartId, PENDING_CART_KEY, useCart } from "../store"
import type { StoreCustomer } from "../types"

/** Account-only checkout (P3): address, shipping, MultiSafepay method, then the hosted payment page. */
export function CheckoutPage() {
  return <RequireAccount>{(customer) => <Checkout customer={customer} />}</RequireAccount>
}

function Checkout({ customer }: { customer: StoreCustomer }) {
  const { t, money, locale } = useI18n()
  const { sdk, shop } = useClients()
  const qc = useQueryClient()
  const [params] = useSearchParams()
  // ?cart= pays a specific cart of this customer (an auction win); otherwise the shopping cart.
  const id = params.get("cart") ?? cartId.get()
  const cart = useCart(id)
  const [gateway, setGateway] = useState<string>()
  const [error, setError] = useState<string>()
  const saved = customer.addresses ?? []
  const [useSaved, setUseSaved] = useState<string>(saved[0]?.id ?? "new")
  // The chosen option shows as selected at once, while the cart is updated.
  const [shippingChoice, setShippingChoice] = useState<string>()

  const hasAddress = !!cart.data?.shipping_address?.address_1
  const hasShipping = !!cart.data?.shipping_methods?.length
  const options = useQuery({
    queryKey: ["shipping-options", id, cart.data?.shipping_address?.country_code],
    enabled: !!id && hasAddress,
    queryFn: async () => (await sdk.store.fulfillment.listCartOptions({ cart_id: id! })).shipping_options,
  })
  const methods = useQuery({
    queryKey: ["msp-methods", id, cart.data?.total],
    enabled: !!id && hasShipping,
    queryFn: async () => (await shop.multisafepay.paymentMethods(id!)).payment_methods,
  })

  const saveAddress = useMutation({
    mutationFn: async (form: FormData) => {
      const chosen = saved.find((a) => a.id === useSaved)
      const address = chosen
        ? {
            first_name: chosen.first_name ?? "",
            last_name: chosen.last_name ?? "",
            address_1: chosen.address_1 ?? "",
            address_2: chosen.address_2 ?? "",
            postal_code: chosen.postal_code ?? "",
            city: chosen.city ?? "",
            country_code: chosen.country_code ?? "nl",
            phone: chosen.phone ?? "",
            company: chosen.company ?? "",
          }
        : addressFromForm(form, "ship")
      return (await sdk.store.cart.update(id!, { email: customer.email, shipping_address: address, billing_address: address })).cart
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cart", id] }),
  })
  const chooseShipping = useMutation({
    mutationFn: async (optionId: string) => (await sdk.store.cart.addShippingMethod(id!, { option_id: optionId })).cart,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cart", id] }),
  })
  const pay = useMutation({
    mutationFn: async () => {
      const started = await shop.multisafepay.startPayment(id!, { gateway, locale: locale === "en" ? "en_GB" : "nl_NL" })
      localStorage.setItem(PENDING_CART_KEY, id!)
      return started
    },
    onSuccess: (started) => window.location.assign(started.payment_url),
    onError: (e) => setError(errorMessage(e)),
  })

  if (!id) {
    return (
      <section>
        <h1>{t("checkout.title")}</h1>
        <p>{t("cart.empty")}</p>
      </section>
    )
  }
  if (cart.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!cart.data) return <p role="alert">{t("checkout.noCart")}</p>
  const c = cart.data
  if (c.completed_at) {
    return (
      <section>
        <h1>{t("checkout.title")}</h1>
        <p>{t("checkout.alreadyOrdered")}</p>
        <Link to="/account/bestellingen">{t("account.orders")}</Link>
      </section>
    )
  }

  const submitAddress = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    saveAddress.mutate(new FormData(e.currentTarget))
  }

  return (
    <section className="checkout">
      <h1>{t("checkout.title")}</h1>
      <ol className="summary" aria-label={t("checkout.items")}>
        {c.items?.map((i) => (
          <li key={i.id}>
            {i.quantity} × {i.product_title} <span className="muted">{i.variant_title}</span> — {money(i.total, c.currency_code)}
          </li>
        ))}
      </ol>
      <p>
        {t("cart.total")}: <strong data-testid="checkout-total">{money(c.total, c.currency_code)}</strong>{" "}
        <span className="muted">({t("cart.vatIncludedAmount", { amount: money(c.tax_total, c.currency_code) })})</span>
      </p>

      <section aria-labelledby="step-address" className="step">
        <h2 id="step-address">1. {t("checkout.address")}</h2>
        {hasAddress ? (
          <p data-testid="chosen-address">
            {c.shipping_address?.first_name} {c.shipping_address?.last_name}, {c.shipping_address?.address_1}, {c.shipping_address?.postal_code}{" "}
            {c.shipping_address?.city}
          </p>
        ) : null}
        <form onSubmit={submitAddress} className="stack">
          {saved.length ? (
            <fieldset>
              <legend>{t("checkout.savedAddresses")}</legend>
              {saved.map((a) => (
                <div className="radio" key={a.id}>
                  <input type="radio" id={`addr-${a.id}`} name="saved" checked={useSaved === a.id} onChange={() => setUseSaved(a.id)} />
                  <label htmlFor={`addr-${a.id}`}>
                    {a.address_1}, {a.postal_code} {a.city}
                  </label>
                </div>
              ))}
              <div className="radio">
                <input type="radio" id="addr-new" name="saved" checked={useSaved === "new"} onChange={() => setUseSaved("new")} />
                <label htmlFor="addr-new">{t("checkout.newAddress")}</label>
              </div>
            </fieldset>
          ) : null}
          {useSaved === "new" ? (
            <AddressFields prefix="ship" defaults={{ first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone }} />
          ) : null}
          <button type="submit" className="btn" disabled={saveAddress.isPending}>
            {t("checkout.useAddress")}
          </button>
          {saveAddress.isError ? (
            <p role="alert" className="error">
              {errorMessage(saveAddress.error)}
            </p>
          ) : null}
        </form>
      </section>

      <section aria-labelledby="step-shipping" className="step">
        <h2 id="step-shipping">2. {t("checkout.shipping")}</h2>
        {!hasAddress ? <p className="muted">{t("checkout.addressFirst")}</p> : null}
        {options.data ? (
          <fieldset>
            <legend className="sr-only">{t("checkout.shipping")}</legend>
            {options.data.map((o) => (
              <div className="radio" key={o.id}>
                <input
                  type="radio"
                  id={`ship-${o.id}`}
                  name="shipping"
                  checked={shippingChoice ? shippingChoice === o.id : (c.shipping_methods?.some((m) => m.shipping_option_id === o.id) ?? false)}
                  onChange={() => {
                    setShippingChoice(o.id)
                    chooseShipping.mutate(o.id)
                  }}
                />
                <label htmlFor={`ship-${o.id}`}>
                  {o.name} — {money(o.amount, c.currency_code)}
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        {chooseShipping.isError ? (
          <p role="alert" className="error">
            {errorMessage(chooseShipping.error)}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="step-payment" className="step">
        <h2 id="step-payment">3. {t("checkout.payment")}</h2>
        {!hasShipping ? <p className="muted">{t("checkout.shippingFirst")}</p> : null}
        {methods.isError ? (
          <p role="alert" className="error">
            {errorMessage(methods.error)}
          </p>
        ) : null}
        {methods.data ? (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              setError(undefined)
              pay.mutate()
            }}
          >
            <fieldset className="methods">
              <legend>{t("checkout.method")}</legend>
              {methods.data.map((m) => (
                <div className="radio" key={m.id}>
                  <input type="radio" id={`pm-${m.id}`} name="gateway" value={m.id} checked={gateway === m.id} onChange={() => setGateway(m.id)} required />
                  <label htmlFor={`pm-${m.id}`}>
                    {m.icon_url ? <img src={m.icon_url} alt="" width={32} height={20} /> : null} {m.name}
                  </label>
                </div>
              ))}
            </fieldset>
            <p className="muted">{t("checkout.redirectNote")}</p>
            <button type="submit" className="btn primary" disabled={!gateway || pay.isPending}>
              {t("checkout.pay", { amount: money(c.total, c.currency_code) })}
            </button>
            {error ? (
              <p role="alert" className="error">
                {error}
              </p>
            ) : null}
          </form>
        ) : null}
      </section>
    </section>
  )
}
