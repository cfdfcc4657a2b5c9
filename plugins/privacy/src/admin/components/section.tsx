import { Container, Heading, Label, Table, Text } from "@medusajs/ui"
import { ReactNode } from "react"

export const Section = ({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) => (
  <Container className="divide-y p-0" role="region" aria-label={title}>
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <div className="flex gap-2">{actions}</div>
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

export const SimpleTable = ({ columns, rows, empty }: { columns: string[]; rows: ReactNode[][]; empty: string }) =>
  rows.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          {columns.map((c) => (
            <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r, i) => (
          <Table.Row key={i}>
            {r.map((cell, j) => (
              <Table.Cell key={j}>{cell}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle">
      {empty}
    </Text>
  )

/** A labelled form field; the label names the input for screen readers and tests. */
export const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small">
      {label}
    </Label>
    {children}
  </div>
)

/** A validation or server error under a form. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null

export const date = (v?: string | null) => (v ? new Date(v).toISOString().slice(0, 16).replace("T", " ") : "—")
export const countsText = (c: Record<string, number> = {}) =>
  Object.entries(c)
    .filter(([, n]) => n)
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ") || "nothing"
