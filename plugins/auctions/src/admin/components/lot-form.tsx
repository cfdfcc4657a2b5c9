import { Button, FocusModal, Heading, IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { toLocalInput } from "../lib/format"
import { AdminAuction, sdk, VariantRef } from "../lib/sdk"
import { VariantPicker, VariantSummary } from "./variant-picker"

type Step = { from: string; step: string }
export type LotFormSeed = { variant?: VariantRef | null; from?: AdminAuction | null }

const str = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v))
const mins = (s: number) => String(Math.round(s / 60))

function initial(seed: LotFormSeed) {
  const src = seed.from
  const now = Date.now()
  return {
    variant: seed.variant ?? src?.variant ?? null,
    title: src?.title ?? "",
    starts_at: toLocalInput(new Date(now)),
    ends_at: toLocalInput(new Date(now + 7 * 86400_000)),
    starting_price: src ? str(src.starting_price) : "10",
    reserve_price: src ? str(src.reserve_price) : "",
    buy_now_price: src ? str(src.buy_now_price) : "",
    steps: (src?.increments.length ? src.increments.map((s) => ({ from: String(s.from), step: String(s.increment) })) : [{ from: "0", step: "1" }]) as Step[],
    window: src ? mins(src.anti_sniping.window_seconds) : "5",
    extension: src ? mins(src.anti_sniping.extension_seconds) : "5",
    cap: src ? mins(src.anti_sniping.cap_seconds) : "60",
  }
}

/** Creates a lot: variant picker, prices, the increment table and anti-sniping. Also duplicates/relists a lot. */
export const LotForm = ({ open, seed, onClose }: { open: boolean; seed: LotFormSeed; onClose: () => void }) => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const navigate = useNavigate()
  const [form, setForm] = useState(() => initial(seed))
  const [picking, setPicking] = useState(!form.variant)
  const set =
    (k: "title" | "starts_at" | "ends_at" | "starting_price" | "reserve_price" | "buy_now_price" | "window" | "extension" | "cap") =>
    (e: React.ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [k]: e.target.value })
  const setStep = (i: number, k: keyof Step, v: string) => setForm({ ...form, steps: form.steps.map((s, j) => (j === i ? { ...s, [k]: v } : s)) })

  const create = useMutation({
    mutationFn: () => {
      if (!form.variant) throw new Error(t("auctions.form.variantRequired"))
      const sec = (m: string) => Math.round(Number(m || 0) * 60)
      return sdk.client.fetch<{ auction: AdminAuction }>("/admin/auctions", {
        method: "POST",
        body: {
          variant_id: form.variant.id,
          ...(form.title ? { title: form.title } : {}),
          starts_at: new Date(form.starts_at).toISOString(),
          ends_at: new Date(form.ends_at).toISOString(),
          starting_price: Number(form.starting_price),
          ...(form.reserve_price ? { reserve_price: Number(form.reserve_price) } : {}),
          ...(form.buy_now_price ? { buy_now_price: Number(form.buy_now_price) } : {}),
          increments: form.steps.map((s) => ({ from: Number(s.from), increment: Number(s.step) })),
          anti_sniping: { window_seconds: sec(form.window), extension_seconds: sec(form.extension), cap_seconds: sec(form.cap) },
        },
      })
    },
    onSuccess: ({ auction }) => {
      toast.success(t("auctions.form.created", { title: auction.title ?? form.variant?.product?.title ?? "" }))
      client.invalidateQueries({ queryKey: ["auctions"] })
      onClose()
      navigate(`/auctions/${auction.id}`)
    },
    onError: (e: Error) => toast.error(e.message),
  })

  const field = (k: Parameters<typeof set>[0], label: string, type = "text", extra: Record<string, string> = {}) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`auction-${k}`} size="small">
        {label}
      </Label>
      <Input id={`auction-${k}`} name={k} type={type} value={form[k]} onChange={set(k)} {...extra} />
    </div>
  )
  const money = { step: "0.01", min: "0" }

  return (
    <FocusModal open={open} onOpenChange={(o) => !o && onClose()}>
      <FocusModal.Content>
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            create.mutate()
          }}
        >
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  {t("auctions.form.cancel")}
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={create.isPending} disabled={!form.variant}>
                {t("auctions.form.submit")}
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
              <FocusModal.Title asChild>
                <Heading>{seed.from ? t("auctions.form.duplicateTitle", { title: seed.from.title ?? "" }) : t("auctions.form.title")}</Heading>
              </FocusModal.Title>
              <FocusModal.Description className="sr-only">{t("auctions.subtitle")}</FocusModal.Description>
              <section className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("auctions.form.variant")}
                </Label>
                {form.variant && !picking ? (
                  <div className="flex items-center justify-between rounded border px-3 py-2">
                    <VariantSummary variant={form.variant} />
                    <Button size="small" variant="secondary" type="button" onClick={() => setPicking(true)}>
                      {t("auctions.form.changeVariant")}
                    </Button>
                  </div>
                ) : (
                  <VariantPicker
                    onPick={(variant) => {
                      setForm({ ...form, variant })
                      setPicking(false)
                    }}
                  />
                )}
              </section>
              <section className="grid grid-cols-2 gap-4">
                <div className="col-span-2">{field("title", t("auctions.form.lotTitle"))}</div>
                {field("starts_at", t("auctions.form.starts_at"), "datetime-local")}
                {field("ends_at", t("auctions.form.ends_at"), "datetime-local")}
                {field("starting_price", t("auctions.form.starting_price"), "number", money)}
                {field("reserve_price", t("auctions.form.reserve_price"), "number", money)}
                {field("buy_now_price", t("auctions.form.buy_now_price"), "number", money)}
              </section>
              <section className="flex flex-col gap-y-2" data-testid="lot-increments">
                <Heading level="h3">{t("auctions.form.increments")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("auctions.form.incrementsHelp")}
                </Text>
                {form.steps.map((s, i) => (
                  <div key={i} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
                    <div className="flex flex-col gap-y-1">
                      <Label size="small" htmlFor={`increment-from-${i}`}>
                        {t("auctions.form.from")}
                      </Label>
                      <Input
                        id={`increment-from-${i}`}
                        type="number"
                        {...money}
                        value={s.from}
                        disabled={i === 0}
                        onChange={(e) => setStep(i, "from", e.target.value)}
                      />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label size="small" htmlFor={`increment-step-${i}`}>
                        {t("auctions.form.step")}
                      </Label>
                      <Input id={`increment-step-${i}`} type="number" {...money} value={s.step} onChange={(e) => setStep(i, "step", e.target.value)} />
                    </div>
                    <IconButton
                      type="button"
                      aria-label={t("auctions.form.removeStep")}
                      disabled={i === 0}
                      onClick={() => setForm({ ...form, steps: form.steps.filter((_, j) => j !== i) })}
                    >
                      <Trash />
                    </IconButton>
                  </div>
                ))}
                <div>
                  <Button
                    size="small"
                    variant="secondary"
                    type="button"
                    onClick={() => {
                      const last = form.steps[form.steps.length - 1]
                      setForm({ ...form, steps: [...form.steps, { from: String(Number(last.from) * 2 || 100), step: last.step }] })
                    }}
                  >
                    {t("auctions.form.addStep")}
                  </Button>
                </div>
              </section>
              <section className="flex flex-col gap-y-2">
                <Heading level="h3">{t("auctions.form.antiSniping")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("auctions.form.antiSnipingHelp")}
                </Text>
                <div className="grid grid-cols-3 gap-4">
                  {field("window", t("auctions.form.window"), "number", { min: "0", step: "1" })}
                  {field("extension", t("auctions.form.extension"), "number", { min: "0", step: "1" })}
                  {field("cap", t("auctions.form.cap"), "number", { min: "0", step: "1" })}
                </div>
              </section>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
