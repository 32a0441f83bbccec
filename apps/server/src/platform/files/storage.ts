import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * Where uploaded files live. Keys are opaque (content hashes); the local directory is the
 * default, and an S3-compatible store can implement the same two methods in production.
 */
export interface FileStorage {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

const SAFE_KEY = /^[a-f0-9]{64}$/;

export function localDirectoryStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    // Keys come from our own hashing; refuse anything else so no path can escape the root.
    if (!SAFE_KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    return join(resolve(root), key.slice(0, 2), key);
  };
  return {
    async put(key, content) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    get: (key) => readFile(pathOf(key)),
  };
}
