/** The wasm trainer tests' outcome bank: one exclusive group ("gift": nothing / some), a goal derived from it and a threshold goal. */
export const GIFT_GROUPS = [{ name: "gift", outcomes: [{ text: "gives nothing", value: { op: "=" as const, than: 0 }, utility: 0 }, { text: "gives some", value: { op: ">=" as const, than: 1 }, utility: 1 }] }];
export const GIFT_GOALS = [
  { text: "gives", polarity: "positive" as const, derivedFrom: { group: "gift", outcomes: [1] } },
  { text: "gives two", polarity: "positive" as const, value: { op: ">=" as const, than: 2 } },
];
