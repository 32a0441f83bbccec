import { openDatabase } from "../db/client";
import { readConfig } from "../platform/config";
import { localDirectoryStorage } from "../platform/files/storage";
import { seedDemo } from "./seed";

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
