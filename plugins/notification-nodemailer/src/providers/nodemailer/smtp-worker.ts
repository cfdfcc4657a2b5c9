/**
 * The worker thread of `threadedSmtpTransport`: one pooled nodemailer transport; each message posted in is sent
 * and answered with its message id, or with the error's message and SMTP codes (the provider decides on retries).
 */
import { parentPort, workerData } from "worker_threads"
import nodemailer, { SendMailOptions } from "nodemailer"
import type { WorkerReply } from "./transport"

const transporter = nodemailer.createTransport(workerData.transportOptions)

parentPort!.on("message", ({ id, message }: { id: number; message: SendMailOptions }) => {
  transporter.sendMail(message).then(
    (info) => parentPort!.postMessage({ id, messageId: info.messageId } satisfies WorkerReply),
    (e: Error & { code?: string; responseCode?: number }) =>
      parentPort!.postMessage({ id, error: { message: String(e?.message ?? e), code: e?.code, responseCode: e?.responseCode } } satisfies WorkerReply)
  )
})
