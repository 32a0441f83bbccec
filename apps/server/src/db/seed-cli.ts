import { readConfig } from "../platform/config";
import { localDirectoryStorage } from "../platform/files/storage";
import { openDatabase } from "./client";
import { seedDemo } from "./seed/seed";

const config = readConfig();
if (!config.seedDemo) {
  console.error("Refusing to seed demo data: NODE_ENV=production or SEED_DEMO=false.");
  process.exit(1);
}
const database = await openDatabase(config.databaseUrl);
await database.migrate();
await seedDemo(database.db, localDirectoryStorage(config.storageDir));
console.log(`${database.kind}: demo data present`);
await database.close();
