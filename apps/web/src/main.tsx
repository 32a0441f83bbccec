import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// antd's prebuilt component styles, for the theme's zeroRuntime (App.tsx).
import "antd/dist/antd.css";
import { App } from "./app/App";
import "./app/app.css";
import { loadStoredLocale } from "./shared/i18n";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
// The first render needs the text of the language it shows (index.html has started fetching it). Not a
// top-level await: lazy chunks importing from an entry that awaits would make the bundler move what they
// share with it into a dozen more chunks.
void loadStoredLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
