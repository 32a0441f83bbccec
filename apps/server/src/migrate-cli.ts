import { openDatabase } from "./db/client";
import { currentMigration } from "./db/migrate";
import { readConfig } from "./platform/config";

const database = await openDatabase(readConfig().databaseUrl);
await database.migrate();
console.log(`${database.kind}: migrated to ${await currentMigration(database)}`);
await database.close();
