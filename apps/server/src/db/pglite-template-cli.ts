// Run by the root package's postinstall. Only a speed-up: a failure is reported and the install goes on.
import { ensurePgliteTemplate, templateFile } from "./pglite-template";

try {
  await ensurePgliteTemplate();
} catch (error) {
  console.warn(`PGlite template not made (${templateFile}); new databases will run initdb instead:`, error);
}
