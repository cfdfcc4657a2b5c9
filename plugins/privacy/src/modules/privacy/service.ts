import { parsePrivacyOptions, PrivacyPluginOptions, ResolvedPrivacyOptions } from "./options"

/** The privacy module: holds the plugin's validated options for routes, hooks and jobs. */
export default class PrivacyModuleService {
  protected readonly options_: ResolvedPrivacyOptions

  constructor(_: Record<string, unknown>, options?: PrivacyPluginOptions) {
    this.options_ = parsePrivacyOptions(options)
  }

  getOptions(): ResolvedPrivacyOptions {
    return this.options_
  }
}
