/**
 * The coding agents and AI bots we recognise in commit metadata. Maintained here, in one place:
 * add an agent by adding an entry. Patterns are case-insensitive and matched against
 * `Name <email>` of the author, the committer and every `Co-authored-by` trailer.
 *
 * Not listed on purpose: dependency bots (dependabot, renovate) and `GitHub <noreply@github.com>`,
 * the committer of every web-flow merge: they write code, but not generated code.
 */
export interface AiAgent {
  name: string;
  /** Matched against `Name <email>` of an identity. */
  identities: RegExp[];
}

export const AI_AGENTS: readonly AiAgent[] = [
  {
    name: 'GitHub Copilot',
    identities: [/^copilot\s*</i, /\bcopilot(-swe-agent|-pull-request-reviewer)?\[bot\]/i, /\+copilot@users\.noreply\.github\.com/i],
  },
  { name: 'Claude', identities: [/^claude( code)?\s*<noreply@anthropic\.com>/i, /\bclaude\[bot\]/i, /<noreply@anthropic\.com>/i] },
  { name: 'Cursor', identities: [/^cursor agent\s*</i, /\bcursor(agent)?\[bot\]/i, /cursoragent@cursor\.com/i] },
  { name: 'Devin', identities: [/\bdevin-ai-integration\[bot\]/i, /^devin ai\s*</i] },
  { name: 'OpenAI Codex', identities: [/\bchatgpt-codex-connector\[bot\]/i, /^codex\s*</i, /\bcodex\[bot\]/i, /<noreply@openai\.com>/i] },
  { name: 'Gemini', identities: [/\bgemini-code-assist\[bot\]/i, /^gemini( cli| code assist)?\s*</i, /\bgemini-cli\[bot\]/i] },
  { name: 'Jules', identities: [/\bgoogle-labs-jules\[bot\]/i] },
  { name: 'Aider', identities: [/\(aider\)\s*</i, /^aider \([^)]*\)\s*</i, /@aider\.chat>/i] },
  { name: 'Amazon Q', identities: [/\bamazon-q-developer\[bot\]/i, /^amazon q( developer)?\s*</i] },
  { name: 'Windsurf / Codeium', identities: [/\bwindsurf(-bot)?\[bot\]/i, /\bcodeium(-bot)?\[bot\]/i, /^(windsurf|codeium|cascade)\s*</i, /@(codeium|windsurf)\.com>/i] },
  { name: 'Sweep', identities: [/\bsweep-ai\[bot\]/i, /^sweep( ai)?\s*</i, /@sweep\.dev>/i] },
  { name: 'OpenHands', identities: [/\bopenhands(-agent)?(\[bot\])?\s*</i, /@all-hands\.dev>/i] },
  { name: 'Amp', identities: [/<amp@ampcode\.com>/i] },
  { name: 'Replit Agent', identities: [/\breplit-agent\b/i, /^replit( agent)?\s*</i] },
  { name: 'Lovable', identities: [/\blovable-dev\[bot\]/i, /^lovable\s*</i] },
  { name: 'v0', identities: [/\bv0\[bot\]/i] },
  { name: 'Tabnine', identities: [/\btabnine(-bot)?\[bot\]/i, /@tabnine\.com>/i] },
  { name: 'Qodo', identities: [/\bqodo(-merge-pro|-ai)?\[bot\]/i, /\bcodium-?ai\[bot\]/i] },
];

/**
 * Trailers (or trailer-like lines) that say a commit was generated, e.g. Claude Code's
 * `🤖 Generated with [Claude Code](...)`, `Generated-by: <tool>`, `Assisted-by: <model>`.
 */
export const AI_TRAILER_PATTERNS: readonly RegExp[] = [
  /^\W*generated (with|by) \[?[\w .-]*(ai|gpt|claude|copilot|cursor|codex|gemini|aider|devin|llm|agent|windsurf|codeium)/im,
  /^(ai-)?generated-by:\s*\S/im,
  /^(ai-)?assisted-by:\s*\S/im,
  /^ai-(generated|assisted|agent|model):\s*\S/im,
  /^x-ai-generated:\s*(true|yes|1)\b/im,
];

/** Branch prefixes the agents use for the branches of their PRs: the whole PR is theirs. */
export const AI_BRANCH_PREFIXES: readonly string[] = [
  'copilot/', 'claude/', 'cursor/', 'devin/', 'codex/', 'jules/', 'sweep/', 'openhands/', 'openhands-', 'aider/', 'amazon-q/', 'windsurf/', 'gemini/',
];

/** PR labels the agents (or teams) put on AI-authored PRs. */
export const AI_LABELS: readonly string[] = ['ai-generated', 'ai-authored', 'copilot', 'codex', 'claude', 'devin', 'sweep', 'jules', 'openhands'];

/** The agent an identity (`Name <email>`) belongs to, if any. */
export function agentOfIdentity(identity: string): AiAgent | undefined {
  return AI_AGENTS.find((agent) => agent.identities.some((pattern) => pattern.test(identity.trim())));
}
