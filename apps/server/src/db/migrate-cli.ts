import { readConfig } from "../platform/config";
import { openDatabase } from "./client";
import { currentMigration } from "./migrate";

const database = await openDatabase(readConfig().databaseUrl);
await database.migrate();
console.log(`${database.kind}: migrated to ${await currentMigration(database)}`);
await database.close();
