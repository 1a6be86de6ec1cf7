/** A small in-memory BM25 index (Pyserini's defaults k1 = 0.9, b = 0.4) over the product search text. */
import { contentTokens } from "./text.ts";

export class Bm25Index {
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  private readonly docLen: number[] = [];
  private readonly avgLen: number;

  constructor(private readonly docs: string[], private readonly k1 = 0.9, private readonly b = 0.4) {
    docs.forEach((text, d) => {
      const tf = new Map<string, number>();
      const toks = contentTokens(text);
      for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
      this.docLen.push(toks.length);
      for (const [t, n] of tf) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push([d, n]);
      }
    });
    this.avgLen = this.docLen.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  /** Document indices by descending score (ties by index), at most `limit`. */
  search(query: string, limit: number): number[] {
    const scores = new Map<number, number>();
    const n = this.docs.length;
    for (const term of new Set(contentTokens(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [d, tf] of list) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.docLen[d]!) / this.avgLen);
        scores.set(d, (scores.get(d) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit).map(([d]) => d);
  }
}
