import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { ApiError, call, onUnauthenticated, setCsrfToken } from "../shared/api/client";
import type { Me } from "../shared/types";
import { type Access, accessOf } from "./access";

export const ME_KEY = ["auth", "me"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await call("get", "/api/v1/auth/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export interface Session {
  me: Me | null;
  access: Access;
  loading: boolean;
  /** The last session ended on its own (idle timeout, password reset) rather than by signing out. */
  expired: boolean;
  /** The user signed out in this tab (so sign-in does not offer to return to the last page). */
  signedOut: boolean;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const meQuery = useQuery({
    queryKey: ME_KEY,
    queryFn: fetchMe,
    staleTime: 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
  const me = meQuery.data ?? null;

  // A session that disappears without the user signing out (idle timeout, password reset,
  // account disabled) is reported on the sign-in page.
  const previous = useRef<Me | null>(null);
  const signingOut = useRef(false);
  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
    if (previous.current && !me && !signingOut.current) setExpired(true);
    signingOut.current = false;
    previous.current = me;
  }, [me]);

  useEffect(() => {
    onUnauthenticated(() => {
      if (!queryClient.getQueryData(ME_KEY)) return;
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== "auth" && query.queryKey[0] !== "reference",
      });
    });
    return () => onUnauthenticated(null);
  }, [queryClient]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const { csrfToken } = await call("post", "/api/v1/auth/sign-in", { json: { username, password } });
      setCsrfToken(csrfToken);
      const signedIn = await fetchMe();
      if (!signedIn) throw new Error("sign-in did not start a session");
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== "auth" && query.queryKey[0] !== "reference",
      });
      queryClient.setQueryData(ME_KEY, signedIn);
      setExpired(false);
      setSignedOut(false);
      return signedIn;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await call("post", "/api/v1/auth/sign-out");
    } catch {
      // the session may already be gone; signing out locally is what matters
    }
    setCsrfToken(null);
    setExpired(false);
    setSignedOut(true);
    signingOut.current = true;
    queryClient.setQueryData(ME_KEY, null);
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== "auth" && query.queryKey[0] !== "reference",
    });
  }, [queryClient]);

  const value = useMemo<Session>(
    () => ({ me, access: accessOf(me), loading: meQuery.isPending, expired, signedOut, signIn, signOut }),
    [me, meQuery.isPending, expired, signedOut, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSession outside SessionProvider");
  return context;
}

/**
 * Today as the platform counts it (YYYY-MM-DD), from the session: the server's business date, which a
 * demo may pin, never the browser's clock. For the pages behind sign-in, where there is always a session.
 */
export function useBusinessDate(): string {
  const { me } = useSession();
  if (!me) throw new Error("useBusinessDate outside a signed-in session");
  return me.today;
}
