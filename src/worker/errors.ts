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

/** The one error body (OpenAI-shaped, so OpenAI clients surface `message`): `param` names the field. */
export function errorBody(type: string, message: string, param?: string, issues?: unknown[]) {
  return { error: { type, message, param: param ?? null, code: type, ...(issues ? { issues } : {}) } };
}
