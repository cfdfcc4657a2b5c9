import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { createRoot } from "react-dom/client"
import { BrowserRouter } from "react-router-dom"
import { App } from "./App"
import { loadConfig } from "./config"
import { ConsentProvider } from "./consent"
import { I18nProvider } from "./i18n"
import { initClients } from "./sdk"
import "./styles.css"

const root = createRoot(document.getElementById("root")!)

loadConfig()
  .then((config) => {
    initClients(config)
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: (n, e) => n < 2 && !((e as { status?: number }).status! < 500), refetchOnWindowFocus: false } },
    })
    root.render(
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <BrowserRouter>
            <ConsentProvider>
              <App />
            </ConsentProvider>
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    )
  })
  .catch((e) => {
    root.render(<p role="alert">{String(e?.message ?? e)}</p>)
  })
