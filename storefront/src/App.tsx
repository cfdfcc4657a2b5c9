import { Route, Routes } from "react-router-dom"
import { Layout } from "./components/Layout"
import { AccountPage } from "./pages/AccountPage"
import { AuctionPage } from "./pages/AuctionPage"
import { AuctionsPage } from "./pages/AuctionsPage"
import { CartPage } from "./pages/CartPage"
import { CheckoutPage } from "./pages/CheckoutPage"
import { ContestClaimPage, ContestPage, ContestsPage, MyContestsPage } from "./pages/ContestPages"
import { CookieSettingsPage } from "./pages/CookieSettingsPage"
import { HomePage } from "./pages/HomePage"
import { LoginPage, RegisterPage } from "./pages/AuthPages"
import { MyAuctionsPage } from "./pages/MyAuctionsPage"
import { MyReviewsPage } from "./pages/MyReviewsPage"
import { NewsletterConfirmPage, NewsletterUnsubscribePage } from "./pages/NewsletterPages"
import { NotFoundPage } from "./pages/NotFoundPage"
import { OrderPage, OrdersPage } from "./pages/OrdersPages"
import { PaymentReturnPage } from "./pages/PaymentReturnPage"
import { PrivacyPage } from "./pages/PrivacyPage"
import { ProductPage } from "./pages/ProductPage"
import { ProductsPage } from "./pages/ProductsPage"
import { MyRepairsPage, RepairPage, RepairTrackPage } from "./pages/RepairPages"
import { ReviewPolicyPage } from "./pages/ReviewPolicyPage"

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="producten" element={<ProductsPage />} />
        <Route path="categorie/:handle" element={<ProductsPage />} />
        <Route path="product/:handle" element={<ProductPage />} />
        {/* The reviews plugin's request mail links to /products/<handle>#review. */}
        <Route path="products/:handle" element={<ProductPage />} />
        <Route path="reviews/beleid" element={<ReviewPolicyPage />} />
        <Route path="winkelwagen" element={<CartPage />} />
        <Route path="afrekenen" element={<CheckoutPage />} />
        <Route path="checkout/multisafepay/return" element={<PaymentReturnPage mode="return" />} />
        <Route path="checkout/multisafepay/cancel" element={<PaymentReturnPage mode="cancel" />} />
        <Route path="account/inloggen" element={<LoginPage />} />
        <Route path="account/registreren" element={<RegisterPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="account/bestellingen" element={<OrdersPage />} />
        <Route path="account/bestellingen/:id" element={<OrderPage />} />
        <Route path="account/privacy" element={<PrivacyPage />} />
        <Route path="account/auctions" element={<MyAuctionsPage />} />
        <Route path="account/reviews" element={<MyReviewsPage />} />
        <Route path="account/reparaties" element={<MyRepairsPage />} />
        <Route path="account/reparaties/:id" element={<RepairPage />} />
        <Route path="account/winacties" element={<MyContestsPage />} />
        {/* The repairs plugin's status mails link here (its publicUrl is the storefront). */}
        <Route path="repairs/track" element={<RepairTrackPage />} />
        <Route path="winacties" element={<ContestsPage />} />
        <Route path="winacties/:id" element={<ContestPage />} />
        {/* The contests plugin's winner mail links here (its publicUrl is the storefront). */}
        <Route path="contests/claim" element={<ContestClaimPage />} />
        <Route path="veiling" element={<AuctionsPage />} />
        <Route path="veiling/:id" element={<AuctionPage />} />
        <Route path="newsletter/confirm" element={<NewsletterConfirmPage />} />
        <Route path="newsletter/unsubscribe" element={<NewsletterUnsubscribePage />} />
        <Route path="cookies" element={<CookieSettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
