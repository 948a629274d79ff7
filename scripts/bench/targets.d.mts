// Types for targets.mjs (imported by tests/unit/bench-summary.test.ts).
export declare const RULE_TARGETS: Record<string, { f1?: number; cleanPer1k: number }>;
export declare const BEYOND_TARGETS: Record<string, number>;
export declare const TARGETS: {
  extractionCoverage: number;
  warmAnalysisMsPer1k: number;
  coldStartMs: number;
  oursOverRetext: number;
  harperOverOurs: number;
  allRulesMsPer1k: number;
  allRulesCleanPer1k: number;
  superlinearRuns: number;
};
export declare const CORE_RULES: string[];
