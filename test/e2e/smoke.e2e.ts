import { launch, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

it('shows the title read from an arXiv abstract page', async () => {
  await h.visit('https://arxiv.org/abs/2106.09685v2');
  const popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
});
