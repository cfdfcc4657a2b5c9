import { useQueryClient } from "@tanstack/react-query"
import { FormEvent, useEffect, useRef } from "react"
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router-dom"
import { CookieBanner } from "../consent"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"
import { useCart, useCustomer } from "../store"
import { NewsletterForm } from "./NewsletterForm"

export function Layout() {
  const { t, locale, setLocale } = useI18n()
  const { sdk } = useClients()
  const customer = useCustomer()
  const cart = useCart()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const main = useRef<HTMLElement>(null)
  const count = cart.data?.items?.reduce((n, i) => n + i.quantity, 0) ?? 0

  // After a client-side navigation, focus moves to the new page's content (screen readers announce it).
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.focus()
    window.scrollTo(0, 0)
  }, [location.pathname])

  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const q = new FormData(e.currentTarget).get("q")?.toString().trim() ?? ""
    navigate(q ? `/producten?q=${encodeURIComponent(q)}` : "/producten")
  }
  const logout = async () => {
    await sdk.auth.logout()
    qc.setQueryData(["customer"], null)
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== "customer" && q.queryKey[0] !== "region" })
    navigate("/")
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link to="/" className="logo" aria-label={t("nav.home")}>
            <img src="/favicon.svg" alt="" width={28} height={28} /> Softshop
          </Link>
          <nav aria-label={t("nav.main")}>
            <ul>
              <li>
                <NavLink to="/producten">{t("nav.products")}</NavLink>
              </li>
              <li>
                <NavLink to="/veiling">{t("nav.auction")}</NavLink>
              </li>
              <li>
                <NavLink to="/winacties">{t("nav.contests")}</NavLink>
              </li>
              <li>{customer.data ? <NavLink to="/account">{t("nav.account")}</NavLink> : <NavLink to="/account/inloggen">{t("nav.login")}</NavLink>}</li>
              {customer.data ? (
                <li>
                  <button className="link" onClick={logout}>
                    {t("nav.logout")}
                  </button>
                </li>
              ) : null}
              <li>
                <NavLink to="/winkelwagen" aria-label={t("nav.cartCount", { count })}>
                  {t("nav.cart")} <span className="badge">{count}</span>
                </NavLink>
              </li>
            </ul>
          </nav>
          <form role="search" className="search" onSubmit={search}>
            <label htmlFor="site-search" className="sr-only">
              {t("nav.search")}
            </label>
            <input id="site-search" name="q" type="search" placeholder={t("nav.searchPlaceholder")} />
            <button type="submit" className="btn">
              {t("nav.search")}
            </button>
          </form>
          <div className="lang">
            <label htmlFor="lang-switch" className="sr-only">
              {t("nav.language")}
            </label>
            <select id="lang-switch" value={locale} onChange={(e) => setLocale(e.target.value === "en" ? "en" : "nl")}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="cols">
          <section aria-labelledby="footer-newsletter">
            <h2 id="footer-newsletter">{t("newsletter.title")}</h2>
            <NewsletterForm />
          </section>
          <section aria-labelledby="footer-links">
            <h2 id="footer-links">{t("footer.service")}</h2>
            <ul>
              <li>
                <Link to="/cookies">{t("footer.cookies")}</Link>
              </li>
              <li>
                <Link to="/account/privacy">{t("footer.privacy")}</Link>
              </li>
              <li>
                <Link to="/account/bestellingen">{t("footer.orders")}</Link>
              </li>
              <li>
                <Link to="/repairs/track">{t("footer.repairTrack")}</Link>
              </li>
              <li>
                <Link to="/reviews/beleid">{t("reviews.policyLink")}</Link>
              </li>
            </ul>
          </section>
          <p className="muted">{t("footer.vat")}</p>
        </div>
      </footer>
      <CookieBanner />
    </>
  )
}
