/**
 * Removes secret values (API keys, tokens) from text before it reaches a trace, a log or a
 * response. Secrets shorter than 6 characters are ignored (they would mangle ordinary words).
 */
export function makeRedactor(secrets: Array<string | undefined>): (text: string) => string {
  const list = secrets.filter((s): s is string => typeof s === "string" && s.length >= 6).sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const s of list) out = out.split(s).join("[redacted]");
    // Bearer tokens and key-looking strings from providers' own error messages.
    return out.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, "$1[redacted]").replace(/\b(sk|pk|rk)-[A-Za-z0-9_-]{8,}/g, "$1-[redacted]");
  };
}
