import path from "node:path"
import { defineConfig } from "vite"

// React through esbuild's automatic JSX runtime: no React plugin needed for a production build.
// The typed client is compiled from its sources, so the storefront always matches the workspace.
export default defineConfig({
  root: __dirname,
  esbuild: { jsx: "automatic" },
  resolve: {
    alias: { "@softshop/medusa-js": path.resolve(__dirname, "../packages/medusa-js/src/index.ts") },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // TanStack Query marks its modules "use client" (for React Server Components); irrelevant in a SPA.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning)
      },
    },
  },
  server: { port: Number(process.env.STOREFRONT_PORT ?? 8000) },
})
