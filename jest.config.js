const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// One config, five tiers, picked by TEST_TYPE (scripts/test.mjs sets it).
const TIERS = {
  unit: ["<rootDir>/plugins/*/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/packages/*/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/integration-tests/helpers/__tests__/*.unit.spec.[jt]s"],
  modules: ["<rootDir>/plugins/*/src/modules/*/__tests__/**/*.spec.[jt]s"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  e2e: ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"],
  scale: ["<rootDir>/integration-tests/scale/**/*.spec.[jt]s"],
}
const type = process.env.TEST_TYPE ?? "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, transform: { decoratorMetadata: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/plugins/[^/]+/.medusa/"],
  testPathIgnorePatterns: ["/node_modules/", "/.medusa/", ...(type === "unit" ? [] : ["\\.unit\\.spec\\."])],
  setupFiles: ["./integration-tests/setup.js"],
  setupFilesAfterEnv: ["./integration-tests/setup-after-env.js"],
  testMatch: TIERS[type],
  testTimeout: type === "unit" ? 10_000 : 180_000,
}
