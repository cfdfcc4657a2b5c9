import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contestOf } from "../../../modules/contest/resolve"

/** The main draw or a redraw, under the contest's exclusive lock; compensation undoes exactly that drawing. */
export const runDrawingStep = createStep(
  "contests-run-drawing",
  async (input: { contest_id: string; actor: string; kind: "draw" | "redraw" }, { container }) => {
    const service = contestOf(container)
    const result = input.kind === "draw" ? await service.draw(input.contest_id, input.actor) : await service.redraw(input.contest_id, input.actor)
    const { before, ...out } = result
    return new StepResponse(out, { before, drawing_id: out.drawing.id, next_id: out.next.id, round: out.drawing.round })
  },
  async (undo, { container }) => {
    if (undo) await contestOf(container).undoDrawing(undo)
  }
)
