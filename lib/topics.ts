import { collapseSpace, normalizeTopics } from './text';

/** The shape of a label whatever its case and word order: "LLM Reasoning" ~ "reasoning llm". */
export function topicShape(topic: string): string {
  return collapseSpace(topic).toLowerCase().split(' ').sort().join(' ');
}

/** Typed topics, each replaced by the spelling already in use when one has the same shape. */
export function canonicalTopics(typed: string, known: readonly string[]): string[] {
  const byShape = new Map<string, string>();
  for (const topic of known) if (!byShape.has(topicShape(topic))) byShape.set(topicShape(topic), topic);
  return normalizeTopics(normalizeTopics([typed]).map((topic) => byShape.get(topicShape(topic)) ?? topic));
}

/** Suggestions for the topic being typed (the text after the last comma), most used first. */
export function suggestTopics(typed: string, known: readonly string[], limit = 6): string[] {
  const parts = typed.split(',');
  const current = collapseSpace(parts[parts.length - 1] ?? '').toLowerCase();
  const chosen = new Set(parts.slice(0, -1).map((part) => topicShape(part)));
  return known
    .filter((topic) => !chosen.has(topicShape(topic)) && topicShape(topic) !== topicShape(current))
    .filter((topic) => !current || topic.toLowerCase().includes(current))
    .slice(0, limit);
}

/** The typed text with `topic` taking the place of the topic being typed. */
export function addTopic(typed: string, topic: string): string {
  const parts = typed.split(',').map((part) => part.trim());
  parts[parts.length - 1] = topic;
  return parts.filter(Boolean).join(', ') + ', ';
}
