import { addTopic, canonicalTopics, suggestTopics } from '@/lib/topics';

describe('topics', () => {
  it('keeps the spelling already in use', () => {
    expect(canonicalTopics('reasoning llm, Agents,, agents', ['LLM Reasoning'])).toEqual(['LLM Reasoning', 'Agents']);
  });
  it('suggests topics matching what is typed', () => {
    expect(suggestTopics('Agents, rea', ['LLM Reasoning', 'Agents', 'Vision'])).toEqual(['LLM Reasoning']);
    expect(addTopic('Agents, rea', 'LLM Reasoning')).toBe('Agents, LLM Reasoning, ');
  });
});
