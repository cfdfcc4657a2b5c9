import { ContestFields } from "../../../modules/contest/types"
import { AdminContestBodyType } from "./validators"

/** The validated body as the module's fields (the draw is at the end unless set). */
export const fieldsOf = (b: AdminContestBodyType): ContestFields => ({ ...b, draw_at: b.draw_at ?? b.ends_at })
