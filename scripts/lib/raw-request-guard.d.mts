import type http from "node:http";

export declare const PEER_HEADER: string;
export declare const PEER_STAMP_FLAG: string;
export declare const ALLOWED_METHODS: string[];
export declare function stampPeer(req: http.IncomingMessage): void;
export declare function announcePeerStamp(): void;
export declare function isDecodablePath(rawUrl: string): boolean;
export declare function guardRawRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean;
export declare function isApiPreflight(req: http.IncomingMessage): boolean;
