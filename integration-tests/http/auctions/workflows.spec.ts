import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, AUCTION, bid, bidders, createLot } from "../../helpers/auctions"
import { notificationsOf, seedShop, SeededShop } from "../../helpers/shop"

jest.setTimeout(240_000)
process.env.AUCTIONS_BID_RATE_IP = "5000"

/** Compensation of the auction workflows, on the real database: a failing later step leaves the lot as it was. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    type Bidder = Awaited<ReturnType<typeof bidders>>[number]
    let A: Bidder, B: Bidder
    const auction = () => getContainer().resolve(AUCTION) as any
    const workflows = () => require("@softshop/medusa-auctions/workflows")
    const maintenance = () => require("@softshop/medusa-auctions/utils/settle").runAuctionMaintenance(getContainer())
    // A failed workflow run rejects with the step's serialised error (a plain object, not an Error instance).
    const failureOf = async (run: Promise<unknown>) => {
      try {
        await run
      } catch (e) {
        return e as { message: string; type?: string }
      }
      throw new Error("the workflow did not fail")
    }
    const cartsOf = async (lotId: string) =>
      (
        await getContainer()
          .resolve(Modules.CART)
          .listCarts({}, { select: ["id", "metadata"], take: 1000 })
      ).filter((c: any) => c.metadata?.auction_lot_id === lotId)
    // Deleting the lot's variant makes Medusa's createCartWorkflow fail: a real failure of a later step.
    const deleteVariant = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: shop.variantId },
      })
      const res = await api.delete(`/admin/products/${data[0].product_id}/variants/${shop.variantId}`, {
        headers: admin,
      })
      expect(res.status).toBe(200)
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api, getContainer())
      ;[A, B] = await bidders(api, shop, 2)
    })
    beforeEach(() => auction().setClockOffset(0))

    it("should leave a due lot exactly as it was when the winner's cart cannot be created, and close it on a later run", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      await bid(api, lot.id, B.headers, 25)
      const before = await auction().retrieveAuctionLot(lot.id)
      await deleteVariant()
      auction().setClockOffset(3601_000)

      const failure = await failureOf(
        workflows()
          .closeLotWorkflow(getContainer())
          .run({ input: { lot_id: lot.id } })
      )
      expect(failure.message).toContain(shop.variantId)
      expect(await auction().retrieveAuctionLot(lot.id)).toEqual(before)
      expect(await cartsOf(lot.id)).toEqual([])
      expect(await notificationsOf(getContainer(), "auctions.won")).toHaveLength(0)
      expect(await notificationsOf(getContainer(), "auctions.lost")).toHaveLength(0)

      // The job logs the failure, goes on, and the lot stays due for the next run.
      const report = await maintenance()
      expect(report.closed).not.toContain(lot.id)
      expect(await auction().retrieveAuctionLot(lot.id)).toEqual(before)
      expect(await auction().listDueLotIds()).toContain(lot.id)
    })

    it("should delete the cart it created when another worker attached the winner's cart first", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      auction().setClockOffset(3601_000)
      expect((await maintenance()).closed).toEqual([lot.id])
      const closed = await auction().retrieveAuctionLot(lot.id)
      expect(closed.cart_id).toMatch(/^cart_/)

      const input = { lot_id: lot.id, customer_id: A.customer.id, variant_id: shop.variantId, price_cents: 2000 }
      const failure = await failureOf(workflows().createWinnerCartWorkflow(getContainer()).run({ input }))
      expect(failure).toEqual(expect.objectContaining({ type: "conflict", message: `Auction lot ${lot.id} already has a cart` }))
      expect((await cartsOf(lot.id)).map((c: any) => c.id)).toEqual([closed.cart_id])
      expect(await auction().retrieveAuctionLot(lot.id)).toEqual(closed)
    })

    it("should keep the unpaid winner's lot as it was when the runner-up's cart cannot be created", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, B.headers, 20, 35)
      await bid(api, lot.id, A.headers, 30, 60)
      auction().setClockOffset(3601_000)
      await maintenance()
      const won = await auction().retrieveAuctionLot(lot.id)
      expect(won).toEqual(expect.objectContaining({ winner_customer_id: A.customer.id, payment_status: "awaiting" }))
      await deleteVariant()
      auction().setClockOffset(3601_000 + 49 * 3600_000)

      const failure = await failureOf(
        workflows()
          .resolveUnpaidLotWorkflow(getContainer())
          .run({ input: { lot_id: lot.id } })
      )
      expect(failure.message).toContain(shop.variantId)
      expect(await auction().retrieveAuctionLot(lot.id)).toEqual(won)
      expect((await cartsOf(lot.id)).map((c: any) => c.id)).toEqual([won.cart_id])
      expect(await notificationsOf(getContainer(), "auctions.second-chance")).toHaveLength(0)
    })
  },
})
