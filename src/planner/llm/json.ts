import type { z } from "zod";

/**
 * LLMs wrap JSON in prose or code fences, or break it. Returns the parsed value when the outermost
 * {...} parses and matches the schema, otherwise undefined (callers decide the fallback).
 */
export function parseJsonReply<T>(text: string, schema: z.ZodType<T>): T | undefined {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text.slice(start, end + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Fallback for a list reply that is not JSON: one item per non-empty line, bullets and numbers stripped. */
export function linesAsList(text: string, max: number): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
    .filter((l) => l.length > 0 && !/^[{}[\]`]+$/.test(l) && !l.startsWith("```"))
    .slice(0, max);
}
