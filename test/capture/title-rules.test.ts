import { parseHtml } from '@/lib/cli/dom';
import {
  beforeTitleByline,
  chooseTitle,
  headingBeforeSubtitle,
  cleanTitle,
  headingInTitle,
  homeLinkNames,
  hostNames,
  isContradicted,
  isGenericTitle,
  isSiteSegment,
  withoutLeadingLabel,
  withoutSiteAndTagline,
  quotedPostAuthor,
  socialPost,
  siteNamesOf,
  stripSiteNames,
} from '@/lib/capture/title-rules';

const at = (u: string) => new URL(u);

describe('cleanTitle', () => {
  it.each([
    ['Mistral releases a model | TechCrunch', 'https://techcrunch.com/x', 'TechCrunch', 'Mistral releases a model'],
    ['Tracing thoughts \\ Anthropic', 'https://www.anthropic.com/news/x', null, 'Tracing thoughts'],
    ['Why Scaling Laws Bend | by Jane Doe | Medium', 'https://medium.com/@j/x', 'Medium', 'Why Scaling Laws Bend'],
    ['Paper page - One Token to Fool LLM-as-a-Judge', 'https://huggingface.co/papers/2507.08794', null, 'One Token to Fool LLM-as-a-Judge'],
    ['The First Few Tokens | alphaXiv', 'https://www.alphaxiv.org/abs/2503.02875', 'alphaXiv', 'The First Few Tokens'],
    [
      'GitHub - karpathy/nanoGPT: The simplest repo',
      'https://github.com/karpathy/nanoGPT',
      'GitHub',
      'karpathy/nanoGPT: The simplest repo',
    ],
    ['Harnessing the Reasoning Economy - A Survey', 'https://example.org/x', null, 'Harnessing the Reasoning Economy - A Survey'],
  ])('%s', (raw, url, site, expected) => {
    expect(cleanTitle(raw, at(url), site)).toBe(expected);
  });
});

describe('hostNames', () => {
  it('names a site by its host and its meaningful labels', () => {
    expect(hostNames(at('https://en.wikipedia.org/wiki/X'))).toEqual(['en.wikipedia.org', 'wikipedia']);
    expect(hostNames(at('https://www.quanta-notes.example/a'))).toEqual(['quanta-notes.example', 'quanta-notes']);
    expect(hostNames(at('https://news.bbc.co.uk/a'))).toEqual(['news.bbc.co.uk', 'bbc']);
  });
});

describe('homeLinkNames', () => {
  it('reads the texts of links to the home page and of logo or site-title links', () => {
    const doc = parseHtml(
      '<header><a href="https://pekka.example.net/">My website</a><a href="/about">About</a><p class="site-title"><a href="/blog">Pekka writes</a></p></header>',
      'https://pekka.example.net/2026/x',
    );
    expect(homeLinkNames(doc, at('https://pekka.example.net/2026/x'))).toEqual(['My website', 'Pekka writes']);
  });
});

describe('isSiteSegment', () => {
  const names = siteNamesOf(['Webref Docs'], [], at('https://developer.webref.example/x'));
  it.each([
    ['Webref', true],
    ['Webref Docs', true],
    ['Ferrum 2.1 documentation', true],
    ['webref blog', true],
    ['Collections', false],
    ['Map', false],
  ])('%s → %s', (segment, expected) => {
    expect(isSiteSegment(segment, names)).toBe(expected);
  });

  it('takes a declared name that starts with a one-word segment for that segment ("MDN" in "MDN Web Docs")', () => {
    expect(isSiteSegment('MDN', ['mdnwebdocs'])).toBe(true);
    expect(isSiteSegment('Web', ['mdnwebdocs'])).toBe(false);
  });
});

describe('community labels', () => {
  it('takes "r/Name" and "c/Name" ends of a title for the site', () => {
    expect(isSiteSegment('r/MachineLearning', [])).toBe(true);
    expect(isSiteSegment('c/localllama', [])).toBe(true);
    expect(isSiteSegment('I/O', [])).toBe(false);
    expect(stripSiteNames('[D] Why do evals saturate? : r/MachineLearning', [])).toBe('[D] Why do evals saturate?');
    // A French title's own " : " stays when what follows is not the site.
    expect(stripSiteNames("L'IA générative : un an après", [])).toBe("L'IA générative : un an après");
  });
});

describe('stripSiteNames', () => {
  const names = (...declared: string[]) => siteNamesOf(declared, [], at('https://site.example/x'));
  it.each([
    ['Title | Acme Blog', ['Acme Blog'], 'Title'],
    ['Title – My website', ['My website'], 'Title'],
    ['Corvid — Corvid ships a model', ['Corvid'], 'Corvid ships a model'],
    ['Why loss spikes · Quanta Notes', ['Quanta Notes'], 'Why loss spikes'],
    ['Lumen Labs: Scaling retrieval: what broke', ['Lumen Labs'], 'Scaling retrieval: what broke'],
    ['Orbit » Blog » Sandboxes for agents', ['Orbit'], 'Sandboxes for agents'],
    ['Reading circuits \\ Heliograph', ['Heliograph'], 'Reading circuits'],
    ['Map - Collections | Webref', ['Webref'], 'Map - Collections'],
    ['The long tail of evals - by Priya Nair - Field Notes', ['Field Notes'], 'The long tail of evals'],
    ['社内LLM評価の作り方｜さくらノート', ['さくらノート'], '社内LLM評価の作り方'],
  ])('%s', (raw, declared, expected) => {
    expect(stripSiteNames(raw, names(...declared))).toBe(expected);
  });

  it('takes a short capitalised last part after a pipe for the site when no name of it is known', () => {
    expect(stripSiteNames('Show HN: A tiny server | Hacker News', names())).toBe('Show HN: A tiny server');
    expect(stripSiteNames('Straw|berry? | *really*', names())).toBe('Straw|berry? | *really*');
  });

  it('never strips a colon at the end, nor the whole title', () => {
    expect(stripSiteNames('Attention: a survey', names('Attention'))).toBe('Attention: a survey');
    expect(stripSiteNames('Acme', names('Acme'))).toBe('Acme');
  });
});

describe('headingInTitle', () => {
  it('finds the heading at either end of the title', () => {
    expect(headingInTitle('[D] Why? : r/MachineLearning', '[D] Why?')).toBe('[D] Why?');
    expect(headingInTitle('Posts | Quantum notes', 'Quantum notes')).toBe('Quantum notes');
    expect(headingInTitle('Quantum notes', 'Quantum notes')).toBeNull();
    expect(headingInTitle('Unrelated | Thing', 'Quantum notes')).toBeNull();
  });
});

describe('isGenericTitle', () => {
  const names = ['brightline', 'reddit'];
  it('is the site name, a placeholder, or a line that names the site and not the piece', () => {
    expect(isGenericTitle('Brightline', names, 'Giving agents a memory')).toBe(true);
    expect(isGenericTitle('Home', names, '')).toBe(true);
    expect(isGenericTitle('From the MachineLearning community on Reddit', names, '[D] Why do evals saturate?')).toBe(true);
    expect(isGenericTitle('Giving agents a memory that forgets', names, 'Giving agents a memory that forgets')).toBe(false);
    expect(isGenericTitle('A post about Reddit', names, '')).toBe(false);
  });

  it('judges by the document title when the heading is too short (a forum whose h1 is the community)', () => {
    const thread = 'Is anyone else seeing reviewers use LLMs to write reviews?';
    expect(isGenericTitle('From the MachineLearning community on Reddit', names, 'MachineLearning', thread)).toBe(true);
    expect(isGenericTitle(thread, names, 'MachineLearning', thread)).toBe(false);
  });
});

describe('isContradicted', () => {
  it('is a metadata title that shares nothing with a heading and a document title that agree', () => {
    expect(isContradicted('technique for accelerating inference', 'Speculative decoding', 'Speculative decoding - Wikipedia')).toBe(true);
    expect(isContradicted('Speculative decoding', 'Speculative decoding', 'Speculative decoding - Wikipedia')).toBe(false);
    // The heading and the document title disagree: nothing to judge by.
    expect(isContradicted('A paper title', 'Journal of Things', 'Home')).toBe(false);
    expect(isContradicted('A paper title', '', 'Something')).toBe(false);
  });
});

describe('chooseTitle', () => {
  const names = ['brightline'];
  it('prefers trusted metadata, then a social title that is not generic, then the document title, then the heading', () => {
    expect(chooseTitle(['Citation title'], ['Social'], 'Doc', 'Heading', names)).toBe('Citation title');
    expect(chooseTitle([null], ['Brightline'], 'Brightline', 'The real heading', names)).toBe('The real heading');
    expect(chooseTitle([], [], 'Notes | Posts | Brightline', 'Notes', names)).toBe('Notes');
    expect(chooseTitle([], ['Map - Collections | Brightline'], 'x', 'Map', names)).toBe('Map - Collections');
  });

  it('keeps a title that names the site when the heading is a section label or too short to judge by', () => {
    expect(chooseTitle([], ['Brightline launches Foo'], 'Brightline launches Foo | Brightline', 'Blog', names)).toBe(
      'Brightline launches Foo',
    );
    expect(chooseTitle([], ['Brightline launches Foo'], '', 'Announcements', names)).toBe('Brightline launches Foo');
  });

  it('skips a trusted title that the heading and the document title both contradict', () => {
    expect(
      chooseTitle(
        ['a one-line description'],
        ['Speculative decoding - Wikipedia'],
        'Speculative decoding - Wikipedia',
        'Speculative decoding',
        ['wikipedia'],
      ),
    ).toBe('Speculative decoding');
  });

  it('keeps a document title that is the heading word for word, even when it begins with the site name', () => {
    const course = 'CS 329R: Reinforcement Learning for Language Models';
    expect(chooseTitle([], [], course, course, ['cs329r'])).toBe(course);
  });
});

describe('beforeTitleByline', () => {
  it('ends the title at a byline segment, whatever follows', () => {
    expect(beforeTitleByline('Why evals lie | by Tomasz Wierzbicki | Gradient Garden | Medium')).toBe('Why evals lie');
    expect(beforeTitleByline('Notes - by Ana Ruiz - Tidings')).toBe('Notes');
  });
  it('keeps "by" that opens no name', () => {
    expect(beforeTitleByline('Inflation - by the numbers')).toBe('Inflation - by the numbers');
    expect(beforeTitleByline('Stand by Me | Film Club')).toBe('Stand by Me | Film Club');
  });
});

describe('headingBeforeSubtitle', () => {
  it('gives the heading when the title is the heading and the subtitle', () => {
    expect(headingBeforeSubtitle('Why evals lie. And three checks', 'Why evals lie', 'And three checks')).toBe('Why evals lie');
    expect(headingBeforeSubtitle('Scaling: what held up', 'Scaling', 'What held up')).toBe('Scaling');
  });
  it('gives nothing when the rest is not the subtitle', () => {
    expect(headingBeforeSubtitle('Why evals lie. And three checks', 'Why evals lie', 'Something else')).toBeNull();
    expect(headingBeforeSubtitle('Why evals lie', 'Why evals lie', 'x')).toBeNull();
    expect(headingBeforeSubtitle('Whyever', 'Why', 'ever')).toBeNull();
  });
});

describe('social posts', () => {
  it('reads a post title as its author and its text', () => {
    expect(socialPost('Amelia Strand on X: "We released the logs — all of them." / X')).toEqual({
      author: 'Amelia Strand',
      text: 'We released the logs — all of them.',
    });
    expect(socialPost('Ana Ruiz (@ana) on Threads: “Small models, big feelings”')).toEqual({
      author: 'Ana Ruiz',
      text: 'Small models, big feelings',
    });
    expect(socialPost('Notes on X: a review')).toBeNull();
    expect(chooseTitle([], ['Amelia Strand on X'], 'Amelia Strand on X: "We released the logs." / X', '', ['x'])).toBe(
      'We released the logs.',
    );
  });

  it('lets a heading and a document title that agree word for word beat a social title that abbreviates them', () => {
    const full = 'FlowAvatar: Real-Time Relightable Avatars from a Phone Video';
    expect(chooseTitle([], ['FlowAvatar'], full, full, [])).toBe(full);
    expect(chooseTitle([], ['A better social title'], 'Doc title', 'Doc title', [])).toBe('A better social title');
  });
});

describe('posts on Mastodon and its kin', () => {
  it('takes a profile label for a generic title, and reads the author of a quoted post', () => {
    expect(isGenericTitle('Dalia Voss (@dalia_voss@sigmoid.social)', [], '')).toBe(true);
    expect(quotedPostAuthor('Dalia Voss: "Short thread on something that surprised me …"')).toBe('Dalia Voss');
    expect(quotedPostAuthor('Attention: a survey')).toBeNull();
  });
});

describe('labels and taglines around a headline', () => {
  it('drops a Japanese series tag and a documentation section number', () => {
    expect(withoutLeadingLabel('【PCアーキテクチャ探訪】ローカルLLMの条件')).toBe('ローカルLLMの条件');
    expect(withoutLeadingLabel('1.11. Ensembles: boosting and bagging')).toBe('Ensembles: boosting and bagging');
    // A number the headline begins with is the headline's own.
    expect(withoutLeadingLabel('2.5 million people use local models')).toBe('2.5 million people use local models');
    expect(withoutLeadingLabel('2025. A year in review')).toBe('2025. A year in review');
  });

  it("cuts the site's name and the tagline after it", () => {
    expect(withoutSiteAndTagline('Document agents that cite — LlamaIndex - Build Knowledge Assistants', ['llamaindex'])).toBe(
      'Document agents that cite',
    );
    expect(withoutSiteAndTagline('Map - Collections - Reference', ['webref'])).toBe('Map - Collections - Reference');
  });
});
