import { Button, Checkbox, FocusModal, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AdminRepair, sdk } from "../../lib/sdk"

const WORK = ["reinstall", "repair", "upgrade", "diagnosis"]
const DEVICES = ["laptop", "desktop", "tablet", "phone", "other"]
const CHECKS = ["screenOk", "caseOk", "keyboardOk", "powersOn"] as const

type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Intake at the desk: search a customer (or register a walk-in), device, problem, condition, accessories. */
export function IntakeForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const client = useQueryClient()
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState("")
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [walkIn, setWalkIn] = useState(false)
  const [f, setF] = useState({
    email: "",
    first_name: "",
    last_name: "",
    phone: "",
    work_type: "reinstall",
    device_type: "laptop",
    brand: "",
    model: "",
    serial: "",
    problem: "",
    notes: "",
    accessories: "",
    password: "",
    wishes: "",
  })
  const [checks, setChecks] = useState<Record<string, boolean>>({})
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setF({ ...f, [k]: e.target.value })
  const found = useQuery({
    queryKey: ["repairs-customer-search", q],
    enabled: q.trim().length >= 2,
    queryFn: () => sdk.client.fetch<{ customers: Customer[] }>("/admin/customers", { query: { q, limit: 8, fields: "id,email,first_name,last_name" } }),
  })
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ repair: AdminRepair }>("/admin/repairs", {
        method: "POST",
        body: {
          ...(walkIn
            ? { contact: { email: f.email, first_name: f.first_name, last_name: f.last_name, ...(f.phone ? { phone: f.phone } : {}) } }
            : { customer_id: customer?.id }),
          work_type: f.work_type,
          device: { type: f.device_type, brand: f.brand, model: f.model, ...(f.serial ? { serial: f.serial } : {}) },
          problem: f.problem,
          intake_condition: { checklist: Object.fromEntries(CHECKS.map((c) => [t(`repairs.intake.${c}`), !!checks[c]])), notes: f.notes },
          accessories: f.accessories
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
          ...(f.password ? { device_password: f.password } : {}),
          ...(f.wishes ? { data_wishes: f.wishes } : {}),
        },
      }),
    onSuccess: ({ repair }) => {
      toast.success(t("repairs.intake.created"))
      client.invalidateQueries({ queryKey: ["repairs"] })
      setOpen(false)
      navigate(`/repairs/${repair.id}`)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const input = (k: keyof typeof f, label: string, type = "text") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`repair-${k}`}>{label}</Label>
      <Input id={`repair-${k}`} type={type} value={f[k]} onChange={set(k)} />
    </div>
  )
  const select = (k: "work_type" | "device_type", label: string, values: string[], ns: string) => (
    <div className="flex flex-col gap-y-1">
      <Label>{label}</Label>
      <Select value={f[k]} onValueChange={(v) => setF({ ...f, [k]: v })}>
        <Select.Trigger data-testid={`repair-${k}`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {values.map((v) => (
            <Select.Item key={v} value={v}>
              {t(`repairs.${ns}.${v}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small">{t("repairs.new")}</Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={() => create.mutate()} isLoading={create.isPending} disabled={!walkIn && !customer}>
            {t("repairs.intake.submit")}
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6">
            <Heading>{t("repairs.intake.title")}</Heading>
            <div className="flex flex-col gap-y-2">
              <Label>{t("repairs.intake.customer")}</Label>
              {customer ? (
                <div className="flex items-center justify-between rounded-md border p-3">
                  <Text size="small">
                    {[customer.first_name, customer.last_name].filter(Boolean).join(" ")} · {customer.email}
                  </Text>
                  <Button size="small" variant="transparent" onClick={() => setCustomer(null)}>
                    ×
                  </Button>
                </div>
              ) : !walkIn ? (
                <>
                  <Input id="repair-customer-search" placeholder={t("repairs.intake.searchCustomer")} value={q} onChange={(e) => setQ(e.target.value)} />
                  <div className="flex flex-col">
                    {found.data?.customers.map((c) => (
                      <button
                        key={c.id}
                        type="button"
                        data-testid="repair-customer-option"
                        className="txt-small rounded px-2 py-1 text-left hover:bg-ui-bg-base-hover"
                        onClick={() => setCustomer(c)}
                      >
                        {[c.first_name, c.last_name].filter(Boolean).join(" ")} · {c.email}
                      </button>
                    ))}
                  </div>
                </>
              ) : null}
              <div className="flex items-center gap-x-2">
                <Checkbox id="repair-walk-in" checked={walkIn} onCheckedChange={(v) => setWalkIn(v === true)} />
                <Label htmlFor="repair-walk-in">{t("repairs.intake.walkIn")}</Label>
              </div>
              {walkIn && (
                <div className="grid grid-cols-2 gap-4">
                  {input("email", t("repairs.intake.email"), "email")}
                  {input("phone", t("repairs.intake.phone"))}
                  {input("first_name", t("repairs.intake.firstName"))}
                  {input("last_name", t("repairs.intake.lastName"))}
                </div>
              )}
            </div>
            <div className="grid grid-cols-2 gap-4">
              {select("work_type", t("repairs.intake.workType"), WORK, "workType")}
              {select("device_type", t("repairs.intake.deviceType"), DEVICES, "deviceType")}
              {input("brand", t("repairs.intake.brand"))}
              {input("model", t("repairs.intake.model"))}
              {input("serial", t("repairs.intake.serial"))}
              {input("password", t("repairs.intake.password"), "password")}
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="repair-problem">{t("repairs.intake.problem")}</Label>
              <Textarea id="repair-problem" value={f.problem} onChange={set("problem")} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label>{t("repairs.intake.checklist")}</Label>
              <div className="grid grid-cols-2 gap-2">
                {CHECKS.map((c) => (
                  <div key={c} className="flex items-center gap-x-2">
                    <Checkbox id={`repair-check-${c}`} checked={!!checks[c]} onCheckedChange={(v) => setChecks({ ...checks, [c]: v === true })} />
                    <Label htmlFor={`repair-check-${c}`}>{t(`repairs.intake.${c}`)}</Label>
                  </div>
                ))}
              </div>
              {input("notes", t("repairs.intake.notes"))}
            </div>
            {input("accessories", t("repairs.intake.accessories"))}
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="repair-wishes">{t("repairs.intake.wishes")}</Label>
              <Textarea id="repair-wishes" value={f.wishes} onChange={set("wishes")} />
            </div>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
