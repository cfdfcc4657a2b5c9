import { Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { ResponseChart } from "../../../components/response-chart"
import { AdminContest, AdminWinner, Drawing, LimitCheck, sdk, when } from "../../../lib/sdk"

type Detail = { contest: AdminContest; entries_count: number; checks: LimitCheck[]; winners: AdminWinner[]; verification: { drawings: Drawing[] } }
const CLAIM_COLORS = { pending: "orange", claimed: "green", expired: "grey" } as const

const Mono = ({ children, testId }: { children: string | null | undefined; testId?: string }) => (
  <code className="txt-compact-small break-all" data-testid={testId}>
    {children ?? "–"}
  </code>
)

const ContestPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const prompt = usePrompt()
  const client = useQueryClient()
  const { data } = useQuery({ queryKey: ["contest", id], queryFn: () => sdk.client.fetch<Detail>(`/admin/contests/${id}`) })
  const action = useMutation({
    mutationFn: (path: string) => sdk.client.fetch(`/admin/contests/${id}/${path}`, { method: "POST", body: {} }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["contest", id] })
      client.invalidateQueries({ queryKey: ["contest-report", id] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const confirmThen = async (path: "draw" | "redraw") => {
    const ok = await prompt({
      title: t("contests.detail.drawConfirmTitle"),
      description: t(path === "draw" ? "contests.detail.drawConfirm" : "contests.detail.redrawConfirm"),
      confirmText: t("contests.detail.confirm"),
      cancelText: t("contests.detail.cancel"),
    })
    if (ok) action.mutate(path)
  }
  if (!data) return null
  const { contest, winners, verification } = data
  const expired = winners.some((w) => w.claim_status === "expired" && w.replaced_by_round === null)
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{contest.title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {when(contest.starts_at)} – {when(contest.ends_at)} · {t("contests.detail.terms", { version: contest.terms_version })}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <StatusBadge color={contest.status === "drawn" ? "green" : "blue"} data-testid="contest-status">
              {t(`contests.status.${contest.status}`)}
            </StatusBadge>
            <Text data-testid="contest-entries-count">
              {t("contests.detail.entries")}: {data.entries_count}
            </Text>
            {contest.status === "draft" && (
              <Button size="small" onClick={() => action.mutate("publish")}>
                {t("contests.detail.publish")}
              </Button>
            )}
            {contest.status === "published" && (
              <Button size="small" onClick={() => confirmThen("draw")}>
                {t("contests.detail.draw")}
              </Button>
            )}
            {expired && (
              <Button size="small" variant="secondary" onClick={() => confirmThen("redraw")}>
                {t("contests.detail.redraw")}
              </Button>
            )}
          </div>
        </div>
        {data.checks.length > 0 && (
          <ul className="flex flex-col gap-y-1 px-6 py-4">
            {data.checks.map((c) => (
              <li key={c.rule} className="flex gap-x-2">
                <StatusBadge color={c.ok ? "green" : "red"}>{c.ok ? "OK" : "✗"}</StatusBadge>
                <Text size="small">{t(`contests.rules.${c.rule}`)}</Text>
              </li>
            ))}
          </ul>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("contests.detail.verification")}</Heading>
        </div>
        {verification.drawings.map((d) => (
          <div key={d.round} className="grid grid-cols-[220px_1fr] gap-2 px-6 py-4" data-testid={`contest-drawing-${d.round}`}>
            <Text weight="plus">
              {t("contests.detail.round")} {d.round}
            </Text>
            <StatusBadge color={d.status === "drawn" ? "green" : "grey"}>
              {d.status === "drawn" ? t("contests.status.drawn") : t("contests.detail.notRevealed")}
            </StatusBadge>
            <Text>{t("contests.detail.algorithm")}</Text>
            <Mono>{d.algorithm_version}</Mono>
            <Text>{t("contests.detail.commitment")}</Text>
            <Mono testId="contest-commitment">{d.seed_commitment}</Mono>
            <Text>{t("contests.detail.seed")}</Text>
            <Mono testId="contest-seed">{d.seed ?? t("contests.detail.notRevealed")}</Mono>
            <Text>{t("contests.detail.snapshotHash")}</Text>
            <Mono testId="contest-snapshot-hash">{d.snapshot_hash}</Mono>
            <Text>{t("contests.detail.snapshotSize")}</Text>
            <Text>{d.snapshot_entry_ids?.length ?? "–"}</Text>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("contests.detail.winners")}</Heading>
        </div>
        {winners.length === 0 ? (
          <Text className="px-6 py-4">{t("contests.detail.noWinners")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("contests.detail.round")}</Table.HeaderCell>
                <Table.HeaderCell>{t("contests.detail.prize")}</Table.HeaderCell>
                <Table.HeaderCell>{t("contests.detail.claimStatus")}</Table.HeaderCell>
                <Table.HeaderCell>{t("contests.detail.deadline")}</Table.HeaderCell>
                <Table.HeaderCell>Entry</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {winners.map((w) => (
                <Table.Row key={w.id} data-testid="contest-winner-row">
                  <Table.Cell>{w.round}</Table.Cell>
                  <Table.Cell>{w.prize}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={CLAIM_COLORS[w.claim_status]}>{t(`contests.claim.${w.claim_status}`)}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{when(w.claim_deadline)}</Table.Cell>
                  <Table.Cell>
                    <Mono>{w.entry_id}</Mono>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Container className="p-0">
        <ResponseChart contestId={contest.id} />
      </Container>
    </div>
  )
}

export default ContestPage
