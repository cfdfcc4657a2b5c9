import { camelToSnakeCase, defineJoinerConfig, MedusaServiceModelObjectsSymbol, pluralize, upperCaseFirst } from "@medusajs/framework/utils"

type Models = Record<string, { name: string }>

/**
 * Lets Query read a module's entities (and so the read-only links in src/links join them). Medusa derives an
 * entity's list method from the model's name (`newsletter_subscription` → `listNewsletterSubscriptions`); a
 * service's generated methods carry its short keys (`listSubscriptions`), so each entity's alias names its method
 * suffix. Set before `Module()`, which keeps a joiner config the service already has. One copy per module
 * that needs it, kept identical by integration-tests/helpers/__tests__/structure.unit.spec.ts.
 */
export function withQueryAliases<T extends new (...args: any[]) => any>(serviceName: string, service: T): T {
  const models: Models = (service as any)[MedusaServiceModelObjectsSymbol] ?? {}
  service.prototype.__joinerConfig = () =>
    defineJoinerConfig(serviceName, {
      models: Object.values(models),
      alias: Object.entries(models).map(([key, model]) => {
        const entity = upperCaseFirst(model.name)
        const snake = camelToSnakeCase(entity).toLowerCase()
        return { name: [snake, pluralize(snake)], entity, args: { methodSuffix: pluralize(key) } }
      }),
    })
  return service
}
