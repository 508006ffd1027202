import { publish } from '@/lib/cli/commands/publish';
import { PUBLISH_USAGE } from '@/lib/cli/publish';

describe('paperboy publish', () => {
  it('shows its usage starting with its name, as every command does', () => {
    expect(publish.usage.startsWith('paperboy publish FILE --week YYYY-MM-DD --repo owner/name')).toBe(true);
    expect(publish.usage).toBe(PUBLISH_USAGE.trimStart());
  });

  it('hands its arguments to the publisher, which refuses a missing file before reaching GitHub', async () => {
    let err = '';
    const code = await publish.run([], { out: () => undefined, err: (text) => (err += text) });
    expect(code).toBe(2);
    expect(err).toContain('publish needs a file');
  });
});
