import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/openapi/document";

// The contract check of every API test (issue 11): each answer the shared client (tests/support/
// api.ts) gets from /api/v1 is held against the OpenAPI document — its status must be documented
// for that operation, documented headers must match (and required ones be there), the
// Content-Type must be a documented one, and a JSON body must validate with ajv against the
// documented schema (response objects are `additionalProperties: false`: an undocumented field
// fails too). A mismatch throws, which fails the test that made the request.

type Json = Record<string, any>;
const doc = openApiDocument() as unknown as Json;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("binary", true);

type Template = { template: string; regex: RegExp; params: number };
const templates: Template[] = Object.keys(doc.paths)
  .map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    params: (template.match(/\{/g) ?? []).length,
  }))
  // A literal segment wins over a parameter (/posts/hot before /posts/{id}).
  .sort((a, b) => a.params - b.params);

/** The document's path template for a request path, or undefined. */
export function matchTemplate(pathname: string): string | undefined {
  return templates.find((t) => t.regex.test(pathname))?.template;
}

function deref(obj: Json): Json {
  if (obj && typeof obj.$ref === "string") {
    const target = obj.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((o: Json, key: string) => o[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
    return deref(target);
  }
  return obj;
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: Json): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    // Refs are "#/components/…": compile with the document's components at the root.
    v = ajv.compile({ ...schema, components: doc.components });
    validators.set(key, v);
  }
  return v;
}

export type Exchange = {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  text: string;
};

export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContractError";
  }
}

const errorEnvelope = () => validatorFor("Error", { $ref: "#/components/schemas/Error" });

/** Throws a ContractError when the answer is not what the document says; no-op outside /api/v1. */
export function checkContract(ex: Exchange): void {
  const url = new URL(ex.url);
  const method = ex.method.toLowerCase();
  if (!url.pathname.startsWith("/api/v1")) return;
  // HEAD and OPTIONS (CORS preflight) are HTTP machinery, not operations of the API.
  if (method === "head" || method === "options") return;
  // Next's redirect of a non-canonical path (a trailing slash, e.g. after "%2e%2e" resolved) to
  // the canonical one: not an operation either.
  if (ex.status === 308 && url.pathname.endsWith("/")) return;
  const where = `${ex.method} ${url.pathname} → ${ex.status}`;
  const fail = (why: string): never => {
    throw new ContractError(`OpenAPI contract: ${where}: ${why}\n${ex.text.slice(0, 500)}`);
  };

  const template = matchTemplate(url.pathname);
  const operation: Json | undefined = template ? doc.paths[template][method] : undefined;
  if (!operation) {
    // No route: the catch-all answers 404 in the envelope; a route without this method, Next's 405.
    // A path that cannot be read at all (a NUL, a broken escape) may be refused before routing,
    // by the raw-request guard or by nginx in front (deploy/nginx.conf): 400 in the envelope.
    if (template && ex.status === 405) return;
    if (ex.status !== 404 && ex.status !== 400)
      fail(`no operation ${method.toUpperCase()} ${template ?? url.pathname} in the document`);
    let body: unknown;
    try {
      body = JSON.parse(ex.text);
    } catch {
      fail("an unknown path must answer SPEC's JSON error envelope");
    }
    if (!errorEnvelope()(body))
      fail(`not the error envelope: ${ajv.errorsText(errorEnvelope().errors)}`);
    return;
  }
  const op = `${method.toUpperCase()} ${template}`;
  const documented = operation.responses[String(ex.status)] ?? operation.responses.default;
  if (!documented)
    fail(
      `status ${ex.status} is not documented for ${op} (documented: ${Object.keys(operation.responses).join(", ")})`,
    );
  const response = deref(documented);

  for (const [name, rawHeader] of Object.entries<Json>(response.headers ?? {})) {
    const header = deref(rawHeader);
    const value = ex.headers.get(name);
    if (value === null) {
      if (header.required) fail(`required header ${name} is missing`);
      continue;
    }
    const v = validatorFor(`${op} ${ex.status} header ${name}`, header.schema ?? {});
    if (!v(value)) fail(`header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(v.errors)}`);
  }

  const content: Json | undefined = response.content;
  if (!content) {
    if (ex.text !== "") fail("a body where the document says there is none");
    return;
  }
  const contentType = (ex.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const media = content[contentType];
  if (!media)
    fail(
      `Content-Type ${JSON.stringify(contentType)} is not documented (documented: ${Object.keys(content).join(", ")})`,
    );
  if (contentType !== "application/json") return;
  let body: unknown;
  try {
    body = JSON.parse(ex.text);
  } catch {
    fail("the body is not JSON");
  }
  const v = validatorFor(`${op} ${ex.status} ${contentType}`, media.schema ?? {});
  if (!v(body))
    fail(`body does not match the schema: ${ajv.errorsText(v.errors, { separator: "; " })}`);
}
