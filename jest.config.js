// Jest runs every layer of the suite (`npm test`): unit (pure domain), components (jsdom + the real
// message catalogs), integration (data layer against real SQLite and a throwaway PostgreSQL cluster)
// and e2e (a production build driven in Debian's Chromium through playwright-core).
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

// next/jest leaves node_modules untransformed; these packages ship ES modules only.
const esmPackages = ["next-intl", "use-intl", "@formatjs", "intl-messageformat", "@schummar", "ts-fsrs"];

async function project(config) {
  const resolved = await createJestConfig(config)();
  // Its node_modules rule is a negative lookahead over an allow-list: add ours to that list.
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/") ? pattern.replace("(?!(", `(?!(${esmPackages.join("|")}|`) : pattern,
  );
  resolved.moduleNameMapper = {
    "^server-only$": "<rootDir>/tests/support/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
    ...resolved.moduleNameMapper,
  };
  return resolved;
}

const only = (process.env.TEST_LAYERS || "unit,components,integration,e2e").split(",");

module.exports = async () => {
  const projects = [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts"],
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/components/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/support/jest-dom.ts"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/support/integration-global-setup.ts",
      globalTeardown: "<rootDir>/tests/support/integration-global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/tests/support/long-timeout.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/support/global-setup.ts",
      globalTeardown: "<rootDir>/tests/e2e/support/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/tests/support/long-timeout.ts"],
    },
  ].filter((p) => only.includes(p.displayName));
  return {
    maxWorkers: 2,
    projects: await Promise.all(projects.map(project)),
  };
};
