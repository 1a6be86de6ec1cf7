/** Errors the routes throw on purpose; the error handler turns them into JSON with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 415 | 500 | 502 | 503,
    readonly type: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** An error body stays small whatever the request: a few issues, each with short path and message. */
export const ERROR_LIMITS = { issues: 5, pathParts: 8, partChars: 64, messageChars: 500 } as const;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Zod issues reduced to {code, path, message}: nested union errors and echoed input are dropped. */
function briefIssues(issues: unknown[]) {
  return issues.slice(0, ERROR_LIMITS.issues).map((raw) => {
    const i = (typeof raw === "object" && raw !== null ? raw : {}) as { code?: unknown; path?: unknown; message?: unknown };
    const path = Array.isArray(i.path) ? i.path.slice(0, ERROR_LIMITS.pathParts).map((p) => (typeof p === "number" ? p : clip(String(p), ERROR_LIMITS.partChars))) : [];
    return { code: clip(String(i.code ?? "invalid"), ERROR_LIMITS.partChars), path, message: clip(String(i.message ?? ""), ERROR_LIMITS.messageChars) };
  });
}

/** The one error body (OpenAI-shaped, so OpenAI clients surface `message`): `param` names the field. */
export function errorBody(type: string, message: string, param?: string, issues?: unknown[]) {
  const more = issues && issues.length > ERROR_LIMITS.issues ? ` (and ${issues.length - ERROR_LIMITS.issues} more issues)` : "";
  return {
    error: {
      type,
      message: clip(message, ERROR_LIMITS.messageChars) + more,
      // An issue with the whole body (an array where an object belongs) has an empty path: name the body.
      param: param === undefined ? null : clip(param || "body", ERROR_LIMITS.messageChars),
      code: type,
      ...(issues ? { issues: briefIssues(issues) } : {}),
    },
  };
}
