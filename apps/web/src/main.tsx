import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/app.css";
import { loadStoredLocale } from "./shared/i18n";

// The first render needs the text of the language it shows (index.html has started fetching it).
await loadStoredLocale();

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
