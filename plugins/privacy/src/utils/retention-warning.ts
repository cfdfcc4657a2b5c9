import PrivacyModuleService from "../modules/privacy/service"
import { signToken, verifyToken } from "./tokens"

const PURPOSE = "keep-account"

export const signKeepAccountToken = (privacy: PrivacyModuleService, customerId: string) =>
  signToken(privacy, PURPOSE, customerId, privacy.getOptions().keepAccountLinkDays * 86_400_000).token

export const verifyKeepAccountToken = (privacy: PrivacyModuleService, token: string) => verifyToken(privacy, PURPOSE, token)
