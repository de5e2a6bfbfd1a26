import http from "node:http";

export declare const ALLOWED_REQUEST_HEADERS: string;
export declare const PREFLIGHT_MAX_AGE: string;
export declare function preflightHeaders(allow: string): Record<string, string>;
export declare class AppResponse extends http.ServerResponse {
  answersPreflight: boolean;
}
