/** HSTS, sent only when the request came over HTTPS (directly or per X-Forwarded-Proto). */
export declare const HSTS: string;
/** A fresh nonce: 16 random bytes, base64. */
export declare const newNonce: () => string;
/** The pages' policy with this request's nonce (development adds 'unsafe-eval' and ws:). */
export declare function pageCsp(nonce: string, dev?: boolean): string;
/** Whether a request target is a page's (dot segments resolved, as Next.js routes it). */
export declare function isPagePath(target: string): boolean;
/** Whether the client reached us over HTTPS (X-Forwarded-Proto's first value, else the socket). */
export declare function isHttpsRequest(
  forwardedProto: string | undefined,
  encrypted: boolean,
): boolean;
