import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Container,
  Drawer,
  Heading,
  Input,
  Label,
  Select,
  StatusBadge,
  Table,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { day, Dossier, sdk, when } from "../../../lib/sdk"

const SCOPES = ["none", "boot_test", "open_named_folders", "read_product_code", "copy_user_data", "wipe_reinstall"]
const CATEGORIES = ["photos", "documents", "email", "address_book", "other"]

function useRepairAction(id: string) {
  const { t } = useTranslation()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) => sdk.client.fetch(`/admin/repairs/${id}${path}`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(t("repairs.detail.done"))
      client.invalidateQueries({ queryKey: ["repair", id] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

function Section({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        <div className="flex gap-x-2">{actions}</div>
      </div>
      <div className="px-6 py-4">{children}</div>
    </Container>
  )
}

/** A Drawer with a form; `onSave` gets the drawer's values. */
function FormDrawer({
  label,
  title,
  children,
  onSave,
  testId,
}: {
  label: string
  title: string
  children: React.ReactNode
  onSave: () => Promise<unknown>
  testId: string
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={testId}>
          {label}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">{children}</Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("repairs.detail.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            data-testid={`${testId}-save`}
            onClick={() =>
              onSave().then(
                () => setOpen(false),
                () => undefined
              )
            }
          >
            {t("repairs.detail.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

function StatusActions({ d }: { d: Dossier }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const act = useRepairAction(d.repair.id)
  const [estimate, setEstimate] = useState("")
  const [estimateNote, setEstimateNote] = useState("")
  const [returnNotes, setReturnNotes] = useState("")
  const move = async (to: string) => {
    const ok = await prompt({
      title: t("repairs.detail.moveTo", { status: t(`repairs.status.${to}`) }),
      description: t("repairs.detail.confirmMove", { status: t(`repairs.status.${to}`) }),
      confirmText: t("repairs.detail.confirm"),
      cancelText: t("repairs.detail.cancel"),
      variant: to === "cancelled" ? "danger" : "confirmation",
    })
    if (!ok) return
    const body: Record<string, unknown> = { to }
    if (to === "awaiting_approval") body.estimate = { amount: Number(estimate || 0), ...(estimateNote ? { note: estimateNote } : {}) }
    if (to === "delivered") body.return_condition = { checklist: {}, notes: returnNotes }
    act.mutate({ path: "/transitions", body })
  }
  const r = d.repair
  return (
    <div className="flex flex-col gap-y-3">
      {d.next_statuses.includes("awaiting_approval") && (
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="repair-estimate">{t("repairs.detail.estimateAmount")}</Label>
            <Input id="repair-estimate" type="number" value={estimate} onChange={(e) => setEstimate(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="repair-estimate-note">{t("repairs.detail.estimateNote")}</Label>
            <Input id="repair-estimate-note" value={estimateNote} onChange={(e) => setEstimateNote(e.target.value)} />
          </div>
        </div>
      )}
      {r.status === "awaiting_approval" && r.estimate_status === "pending" && (
        <div className="flex gap-x-2">
          <Button
            size="small"
            variant="secondary"
            data-testid="repair-estimate-approve"
            onClick={() => act.mutate({ path: "/estimate", body: { decision: "approved" } })}
          >
            {t("repairs.detail.approve")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => act.mutate({ path: "/estimate", body: { decision: "declined" } })}>
            {t("repairs.detail.decline")}
          </Button>
        </div>
      )}
      {d.next_statuses.includes("delivered") && (
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="repair-return-notes">{t("repairs.detail.returnNotes")}</Label>
          <Input id="repair-return-notes" value={returnNotes} onChange={(e) => setReturnNotes(e.target.value)} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {d.next_statuses.map((s) => (
          <Button
            key={s}
            size="small"
            variant={s === "cancelled" ? "danger" : "primary"}
            data-testid={`repair-move-${s}`}
            onClick={() => move(s)}
            isLoading={act.isPending}
          >
            {t("repairs.detail.moveTo", { status: t(`repairs.status.${s}`) })}
          </Button>
        ))}
      </div>
    </div>
  )
}

function ConsentSection({ d }: { d: Dossier }) {
  const { t, i18n } = useTranslation()
  const act = useRepairAction(d.repair.id)
  const [scopes, setScopes] = useState<string[]>([])
  const [name, setName] = useState("")
  const lang = i18n.language?.startsWith("en") ? "en" : "nl"
  const active = d.consents.filter((c) => !c.withdrawn_at)
  return (
    <Section
      title={t("repairs.detail.consent")}
      actions={
        <FormDrawer
          testId="repair-give-consent"
          label={t("repairs.detail.giveConsent")}
          title={t("repairs.detail.giveConsent")}
          onSave={() => act.mutateAsync({ path: "/consents", body: { scopes, text_version: d.texts.file_access.version, signature_name: name } })}
        >
          <Text size="small">{d.texts.file_access.body[lang]}</Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("repairs.detail.version", { version: d.texts.file_access.version })}
          </Text>
          {SCOPES.map((s) => (
            <div key={s} className="flex items-center gap-x-2">
              <Checkbox
                id={`scope-${s}`}
                checked={scopes.includes(s)}
                onCheckedChange={(v) => setScopes(v === true ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />
              <Label htmlFor={`scope-${s}`}>{t(`repairs.scope.${s}`)}</Label>
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="consent-signature">{t("repairs.detail.signatureName")}</Label>
            <Input id="consent-signature" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
        </FormDrawer>
      }
    >
      {!active.length && (
        <Alert variant="warning" dismissible={false}>
          {t("repairs.detail.noConsent")}
        </Alert>
      )}
      <div className="flex flex-col gap-y-2" data-testid="repair-consents">
        {d.consents.map((c) => (
          <div key={c.id} className="flex items-center justify-between">
            <div className="flex items-center gap-x-2">
              <StatusBadge color={c.withdrawn_at ? "grey" : "green"}>{t(`repairs.scope.${c.scope}`)}</StatusBadge>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {c.withdrawn_at ? t("repairs.detail.withdrawn", { date: day(c.withdrawn_at) }) : t("repairs.detail.given", { date: day(c.given_at) })} ·{" "}
                {t("repairs.detail.version", { version: c.text_version })}
              </Text>
            </div>
            {!c.withdrawn_at && (
              <Button size="small" variant="transparent" onClick={() => act.mutate({ path: "/consents/withdraw", body: { scopes: [c.scope] } })}>
                {t("repairs.detail.withdraw")}
              </Button>
            )}
          </div>
        ))}
      </div>
    </Section>
  )
}

function BackupSection({ d }: { d: Dossier }) {
  const { t } = useTranslation()
  const act = useRepairAction(d.repair.id)
  const [b, setB] = useState({ category: "photos", store_id: d.backup_stores[0] ?? "", path: "", size_bytes: "", sha256: "" })
  return (
    <Section
      title={t("repairs.detail.backups")}
      actions={
        <FormDrawer
          testId="repair-register-backup"
          label={t("repairs.detail.registerBackup")}
          title={t("repairs.detail.registerBackup")}
          onSave={() => act.mutateAsync({ path: "/backups", body: { ...b, size_bytes: Number(b.size_bytes) } })}
        >
          <Select value={b.category} onValueChange={(v) => setB({ ...b, category: v })}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CATEGORIES.map((c) => (
                <Select.Item key={c} value={c}>
                  {t(`repairs.category.${c}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={b.store_id} onValueChange={(v) => setB({ ...b, store_id: v })}>
            <Select.Trigger>
              <Select.Value placeholder={t("repairs.detail.store")} />
            </Select.Trigger>
            <Select.Content>
              {d.backup_stores.map((s) => (
                <Select.Item key={s} value={s}>
                  {s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {(["path", "size_bytes", "sha256"] as const).map((k) => (
            <div key={k} className="flex flex-col gap-y-1">
              <Label htmlFor={`backup-${k}`}>{t(`repairs.detail.${k === "size_bytes" ? "size" : k}`)}</Label>
              <Input id={`backup-${k}`} value={b[k]} onChange={(e) => setB({ ...b, [k]: e.target.value })} />
            </div>
          ))}
        </FormDrawer>
      }
    >
      {d.repair.permanent_deletion_version && (
        <Alert variant="warning" dismissible={false}>
          {t("repairs.detail.permanentAllowed", { date: day(d.repair.permanent_deletion_at), version: d.repair.permanent_deletion_version })}
        </Alert>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("repairs.columns.device")}</Table.HeaderCell>
            <Table.HeaderCell>{t("repairs.detail.store")}</Table.HeaderCell>
            <Table.HeaderCell>{t("repairs.detail.sha256")}</Table.HeaderCell>
            <Table.HeaderCell>{t("repairs.detail.deleteOn")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {d.backups.map((x) => (
            <Table.Row key={x.id} data-testid="repair-backup-row">
              <Table.Cell>{t(`repairs.category.${x.category}`)}</Table.Cell>
              <Table.Cell>{x.store_id}</Table.Cell>
              <Table.Cell className="font-mono">{x.sha256.slice(0, 12)}…</Table.Cell>
              <Table.Cell>{x.removed_at ? t("repairs.detail.removed", { date: day(x.removed_at) }) : day(x.delete_on)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  )
}

function AccessSection({ d }: { d: Dossier }) {
  const { t } = useTranslation()
  const act = useRepairAction(d.repair.id)
  const [scope, setScope] = useState("boot_test")
  const [reason, setReason] = useState("")
  return (
    <Section
      title={t("repairs.detail.fileAccess")}
      actions={
        <FormDrawer
          testId="repair-record-access"
          label={t("repairs.detail.recordAccess")}
          title={t("repairs.detail.recordAccess")}
          onSave={() => act.mutateAsync({ path: "/file-accesses", body: { scope, reason } })}
        >
          <Select value={scope} onValueChange={setScope}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {SCOPES.filter((s) => s !== "none").map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`repairs.scope.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="access-reason">{t("repairs.detail.reason")}</Label>
            <Input id="access-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </FormDrawer>
      }
    >
      {d.file_accesses.map((a) => (
        <div key={a.id} className="flex gap-x-2">
          <Badge size="2xsmall" color={a.allowed ? "green" : "red"}>
            {a.allowed ? t("repairs.detail.allowed") : t("repairs.detail.refused")}
          </Badge>
          <Text size="small">
            {when(a.created_at)} · {t(`repairs.scope.${a.scope}`)} · {a.reason}
          </Text>
        </div>
      ))}
    </Section>
  )
}

const RepairDetailPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const lang = i18n.language?.startsWith("en") ? "en" : "nl"
  const { data: d } = useQuery({ queryKey: ["repair", id], queryFn: () => sdk.client.fetch<Dossier>(`/admin/repairs/${id}`) })
  const act = useRepairAction(id!)
  const me = useQuery({ queryKey: ["repairs-me"], queryFn: () => sdk.client.fetch<{ user: { id: string } }>("/admin/users/me") })
  const [secret, setSecret] = useState<string | null>(null)
  if (!d) return null
  const r = d.repair
  const reveal = () =>
    sdk.client.fetch<{ device_password: string }>(`/admin/repairs/${r.id}/credential/reveal`, { method: "POST", body: { reason: "technician" } }).then(
      (x) => setSecret(x.device_password),
      (e: Error) => toast.error(e.message)
    )
  const download = async () => {
    const res = await fetch(`/admin/repairs/${r.id}/receipt`, { credentials: "include" })
    const url = URL.createObjectURL(await res.blob())
    const a = document.createElement("a")
    a.href = url
    a.download = `repair-${r.id}.pdf`
    a.click()
    URL.revokeObjectURL(url)
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{`${r.device_brand} ${r.device_model}`}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`repairs.workType.${r.work_type}`)} ·{" "}
            {d.customer ? `${[d.customer.first_name, d.customer.last_name].filter(Boolean).join(" ")} · ${d.customer.email}` : r.customer_id}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Badge data-testid="repair-status">{t(`repairs.status.${r.status}`)}</Badge>
          <Button size="small" variant="secondary" data-testid="repair-receipt" onClick={download}>
            {t("repairs.detail.receipt")}
          </Button>
        </div>
      </Container>
      <Alert variant={r.data_wishes ? "warning" : "info"} dismissible={false} data-testid="repair-wishes">
        <strong>{t("repairs.detail.wishes")}:</strong> {r.data_wishes ?? t("repairs.detail.noWishes")}
      </Alert>
      <Section title={t("repairs.detail.status")}>
        <StatusActions d={d} />
      </Section>
      <ConsentSection d={d} />
      <Section
        title={t("repairs.detail.visibility")}
        actions={
          <>
            {!r.visibility_ack_version && (
              <Button
                size="small"
                variant="secondary"
                data-testid="repair-ack-visibility"
                onClick={() => act.mutate({ path: "/visibility-acknowledgement", body: { text_version: d.texts.visibility.version } })}
              >
                {t("repairs.detail.acknowledge")}
              </Button>
            )}
            {!r.permanent_deletion_version && r.work_type === "reinstall" && (
              <Button
                size="small"
                variant="secondary"
                onClick={() => act.mutate({ path: "/permanent-deletion", body: { text_version: d.texts.permanent_deletion.version } })}
              >
                {t("repairs.detail.allowPermanent")}
              </Button>
            )}
          </>
        }
      >
        <Text size="small">{d.texts.visibility.body[lang]}</Text>
        <Text size="small" weight="plus" className="mt-2">
          {r.visibility_ack_version
            ? t("repairs.detail.visibilityAcked", { date: day(r.visibility_ack_at), version: r.visibility_ack_version })
            : t("repairs.detail.visibilityMissing")}
        </Text>
      </Section>
      <BackupSection d={d} />
      <AccessSection d={d} />
      <Section
        title={t("repairs.detail.credential")}
        actions={
          <>
            {me.data && r.technician_user_id !== me.data.user.id && (
              <Button size="small" variant="secondary" onClick={() => act.mutate({ path: "", body: { technician_user_id: me.data!.user.id } })}>
                {t("repairs.detail.assignMe")}
              </Button>
            )}
            {r.has_device_password && (
              <Button size="small" variant="secondary" onClick={reveal}>
                {t("repairs.detail.reveal")}
              </Button>
            )}
          </>
        }
      >
        <Text size="small">{r.has_device_password ? (secret ?? "••••••") : t("repairs.detail.noCredential")}</Text>
      </Section>
      <Section title={t("repairs.detail.history")}>
        {d.history.map((h) => (
          <Text key={h.id} size="small">
            {when(h.created_at)} · {t(`repairs.status.${h.to_status}`)}
          </Text>
        ))}
        {d.requests.map((q) => (
          <Text key={q.id} size="small" className="text-ui-fg-subtle">
            {when(q.created_at)} · {q.kind} {q.keep_until ? day(q.keep_until) : ""} {q.text ?? ""}
          </Text>
        ))}
      </Section>
    </div>
  )
}

export default RepairDetailPage
