import { type ComponentType, lazy } from "react";

/**
 * A component whose code is its own chunk, loaded when it is first rendered: each page (and the frames
 * around them) loads with its route, so the first page does not wait for the code of all the others.
 * It needs a Suspense boundary above it; navigating keeps the current page shown until the next one has
 * loaded (React Router moves in a transition), so the fallback shows on a first load only.
 */
// biome-ignore lint/suspicious/noExplicitAny: as React.lazy's own bound, any props a component declares
type AnyComponent = ComponentType<any>;

export function lazyPage<Module extends Record<Name, AnyComponent>, Name extends string>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
