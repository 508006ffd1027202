import { parseHtml } from '@/lib/cli/dom';
import {
  dateBehindRelativeTime,
  dateFromAddress,
  dateFromDateClass,
  dateFromLabelledField,
  dateFromMetaTags,
  dateFromMicrodata,
  dateFromParselyPage,
  dateFromTimeElement,
  dateNearHeadline,
  isListedPieceTime,
  isRevisionLabel,
  isWikiPage,
  linesAboveHeadline,
  linesNearHeadline,
  parselyPage,
} from '@/lib/capture/date-rules';

const page = (html: string) => parseHtml(html, 'https://site.example/post');

describe('isRevisionLabel', () => {
  it.each([
    ['Updated', true],
    ['Last modified', true],
    ['mis à jour le', true],
    ['Aktualisiert am', true],
    ['Published', false],
    ['Publié le', false],
  ])('%s → %s', (label, expected) => {
    expect(isRevisionLabel(label)).toBe(expected);
  });
});

describe('dateFromMetaTags', () => {
  it('reads the publication tags in order of trust', () => {
    expect(
      dateFromMetaTags(
        page('<meta name="date" content="2026-01-01"><meta property="article:published_time" content="2026-02-11T10:00:00Z">'),
      ),
    ).toBe('2026-02-11');
    expect(dateFromMetaTags(page('<meta name="parsely-pub-date" content="2026-02-12T14:20:00Z">'))).toBe('2026-02-12');
    expect(dateFromMetaTags(page('<meta name="sailthru.date" content="2026-02-17 07:30:00">'))).toBe('2026-02-17');
    expect(dateFromMetaTags(page('<meta name="dcterms.issued" content="2025-06-30">'))).toBe('2025-06-30');
    expect(dateFromMetaTags(page('<meta property="article:modified_time" content="2026-02-11">'))).toBeNull();
  });
});

describe('Parse.ly page JSON', () => {
  it('reads its pub_date, and says nothing for broken JSON', () => {
    expect(dateFromParselyPage(page(`<meta name="parsely-page" content='{"pub_date":"2026-01-27T11:45:00Z"}'>`))).toBe('2026-01-27');
    expect(parselyPage(page(`<meta name="parsely-page" content='[1,2]'>`))).toBeNull();
    expect(dateFromParselyPage(page(`<meta name="parsely-page" content='{oops'>`))).toBeNull();
  });
});

describe('dateFromTimeElement', () => {
  it('takes the article time, not a sidebar time', () => {
    expect(
      dateFromTimeElement(
        page(
          '<aside><time datetime="2025-08-01">Aug 1</time></aside><article><header><h1>T</h1><time datetime="2026-01-09">9 Jan</time></header></article>',
        ),
      ),
    ).toBe('2026-01-09');
  });

  it('skips a time labelled as an update, by class or by the words before it', () => {
    expect(
      dateFromTimeElement(
        page('<article><p>Updated <time datetime="2026-03-02">x</time></p><p>Published <time datetime="2026-02-26">y</time></p></article>'),
      ),
    ).toBe('2026-02-26');
    expect(
      dateFromTimeElement(
        page(
          '<article><time class="updated" datetime="2026-02-24">a</time><time class="entry-date published" datetime="2026-02-19">b</time></article>',
        ),
      ),
    ).toBe('2026-02-19');
  });

  it('reads the text of a time without datetime', () => {
    expect(dateFromTimeElement(page('<article><time>February 6, 2026</time></article>'))).toBe('2026-02-06');
  });
});

describe('dates near the headline', () => {
  it('lists the short lines after the headline', () => {
    expect(linesNearHeadline(page('<main><h1>T</h1><p>By A</p><p>March 3, 2026</p></main>'))).toEqual(['By A', 'March 3, 2026']);
    expect(linesNearHeadline(page('<p>No heading here</p>'))).toEqual([]);
  });

  it('reads a written-out date there, in several languages, skipping "Updated" lines', () => {
    expect(dateNearHeadline(page('<main><h1>T</h1><p>26. Februar 2026, 10:15 Uhr</p></main>'))).toBe('2026-02-26');
    expect(dateNearHeadline(page('<main><h1>T</h1><p>Last updated January 10, 2026</p><p>2025-11-02</p></main>'))).toBe('2025-11-02');
    expect(dateNearHeadline(page('<div><h2>Only h2</h2><small>2025-12-12</small></div>'))).toBe('2025-12-12');
  });

  it('reads a date-classed element of the article', () => {
    expect(dateFromDateClass(page('<article><span class="post-date">December 4, 2025</span></article>'))).toBe('2025-12-04');
    expect(dateFromDateClass(page('<article><footer><span class="date">December 4, 2025</span></footer></article>'))).toBeNull();
  });
});

describe('dateFromAddress', () => {
  it.each([
    ['https://mira-codes.example/2026/01/31/a-week/', '2026-01-31'],
    ['https://lilian.example/posts/2024-11-28-reward-hacking/', '2024-11-28'],
    ['https://site.example/2026/01/a-month-only/', null],
    ['https://site.example/2026/02/30/no-such-day/', null],
    ['https://site.example/item?id=20260131', null],
  ])('%s → %s', (address, expected) => {
    expect(dateFromAddress(new URL(address))).toBe(expected);
  });
});

describe('revision lines in other languages', () => {
  it('skips "zuletzt bearbeitet" and "atualizado"', () => {
    expect(dateNearHeadline(page('<div><h1>T</h1><div>Diese Seite wurde zuletzt am 2. Februar 2026 bearbeitet.</div></div>'))).toBeNull();
    expect(isRevisionLabel('Atualizado em')).toBe(true);
  });
});

describe('isListedPieceTime', () => {
  const doc = page(
    '<main><h1>Corvid 3 Mini</h1><ul><li><a href="/blog/a"><time datetime="2026-02-26">Feb 26</time></a></li><li><a href="/blog/b"><time datetime="2026-01-15">Jan 15</time></a></li></ul><ul><li>Posted <time datetime="2026-03-01">March 1</time></li><li>Tags: x</li></ul></main>',
  );
  const times = [...doc.querySelectorAll('time')];
  it('marks a time in a list of dated items', () => {
    expect(isListedPieceTime(times[0]!)).toBe(true);
    expect(isListedPieceTime(times[1]!)).toBe(true);
  });
  it('leaves a lone dated item of a list and a time outside lists alone', () => {
    expect(isListedPieceTime(times[2]!)).toBe(false);
    expect(isListedPieceTime(page('<article><time datetime="2026-03-01">x</time></article>').querySelector('time')!)).toBe(false);
  });
  it('keeps dateFromTimeElement off the days of other pieces', () => {
    expect(
      dateFromTimeElement(
        page('<main><h1>T</h1><ul><li><time datetime="2026-02-26">a</time></li><li><time datetime="2026-01-15">b</time></li></ul></main>'),
      ),
    ).toBeNull();
  });
});

describe('linesNearHeadline, parts with headings of their own', () => {
  it('skips a section with its own heading, and keeps touching elements apart', () => {
    const doc = page(
      '<main><section><h1>Corvid 3 Mini</h1><p>Fast.</p></section><section><h2>Latest from the blog</h2><p>Feb 26, 2026</p></section><div><span>作者：李明</span><span>发布于 2026年2月12日</span></div></main>',
    );
    expect(linesNearHeadline(doc)).toEqual(['Fast.', '作者：李明 · 发布于 2026年2月12日']);
  });
  it('treats the Korean 수정 (edited) as a revision', () => {
    expect(isRevisionLabel('수정 ')).toBe(true);
  });
});

describe('dates above the headline', () => {
  it('reads a dateline set over the headline in its own block, not the navigation', () => {
    const doc = page(
      '<nav><a href="/">Home</a> January 1, 2026</nav><main><div class="hero"><p class="kicker">Research</p><p>February 5, 2026</p><h1>Sparse heads</h1><p>Two authors</p></div></main>',
    );
    expect(linesAboveHeadline(doc)).toEqual(['February 5, 2026', 'Research']);
    expect(dateNearHeadline(doc)).toBe('2026-02-05');
    expect(dateNearHeadline(page('<nav>March 1, 2026</nav><h1>Alone</h1><p>Body</p>'))).toBeNull();
  });
});

describe('dateBehindRelativeTime', () => {
  it('reads the moment a forum keeps in the title of "8 months ago", the first one being the post', () => {
    const doc = page(
      '<table><tr><td><span class="age" title="2026-03-04T15:22:10 1772637730"><a href="item?id=1">8 months ago</a></span></td></tr>' +
        '<tr><td><span class="age" title="2026-03-05T10:00:00"><a href="item?id=2">8 months ago</a></span></td></tr></table>',
    );
    expect(dateBehindRelativeTime(doc)).toBe('2026-03-04');
    expect(dateBehindRelativeTime(page('<span title="vor 3 Stunden">2026-03-04</span>'))).toBeNull();
    expect(dateBehindRelativeTime(page('<a title="2026-03-04">Archive</a>'))).toBeNull();
  });
});

describe('isWikiPage', () => {
  it('knows wiki engines by their generator tag', () => {
    expect(isWikiPage(page('<meta name="generator" content="MediaWiki 1.44.0-wmf.19">'))).toBe(true);
    expect(isWikiPage(page('<meta name="generator" content="WordPress 6.8">'))).toBe(false);
    expect(isWikiPage(page('<p>no generator</p>'))).toBe(false);
  });
});

describe('dateFromMicrodata', () => {
  it('reads the piece’s itemprop=datePublished from its content, datetime or title, else its text', () => {
    expect(dateFromMicrodata(page(`<abbr class="published" itemprop="datePublished" title="2025-08-19T21:37:00+01:00">21:37</abbr>`))).toBe(
      '2025-08-19',
    );
    expect(dateFromMicrodata(page('<meta itemprop="datePublished" content="2026-01-02">'))).toBe('2026-01-02');
    expect(dateFromMicrodata(page('<span itemprop="datePublished">March 4, 2026</span>'))).toBe('2026-03-04');
    expect(dateFromMicrodata(page('<footer><span itemprop="datePublished">March 4, 2026</span></footer>'))).toBeNull();
  });
});

describe('web-component times and comments', () => {
  it('reads <relative-time datetime> as a time of the piece', () => {
    expect(dateFromTimeElement(page('<main><h1>Q</h1><relative-time datetime="2026-01-20T09:00:00Z">Jan 20</relative-time></main>'))).toBe(
      '2026-01-20',
    );
  });

  it('takes no dateline from the comments under a short post', () => {
    const doc = page(
      '<div class="post"><h3 class="post-title">Post</h3><div class="post-body">Short.</div></div><div class="comments">Ana Ruiz 20 August 2025 at 08:12</div>',
    );
    expect(dateNearHeadline(doc)).toBeNull();
  });
});

describe('dateFromLabelledField', () => {
  it('reads a day labelled as published, from a tooltip or the text, never an updated one', () => {
    expect(
      dateFromLabelledField(
        page('<dl><dt>公開</dt><dd><span data-tooltip="2026/01/25 18:03">2026/01/25</span></dd><dt>更新</dt><dd>2026/02/03</dd></dl>'),
      ),
    ).toBe('2026-01-25');
    expect(dateFromLabelledField(page('<table><tr><th>Published</th><td>March 2, 2026</td></tr></table>'))).toBe('2026-03-02');
    expect(dateFromLabelledField(page('<dl><dt>Last updated</dt><dd>March 2, 2026</dd></dl>'))).toBeNull();
  });
});

describe('days in addresses and relative times, more shapes', () => {
  it('reads a spelled month in the address', () => {
    expect(dateFromAddress(new URL('https://weblog.example/2026/Feb/19/structured-outputs/'))).toBe('2026-02-19');
  });

  it('reads a long written moment behind a relative time, and skips one labelled as an update', () => {
    expect(
      dateBehindRelativeTime(page('<div>Hiroshi · <span title="Fri Jan 09 2026 11:42:17 GMT+0000">Posted 2 months ago</span></div>')),
    ).toBe('2026-01-09');
    expect(dateBehindRelativeTime(page('<p>Last updated <span title="Tue, 13 Jan 2026 16:41:02 GMT">1 month ago</span></p>'))).toBeNull();
  });
});

describe('round 8 date shapes', () => {
  it('reads the moment in a tooltip attribute behind a relative time', () => {
    expect(
      dateBehindRelativeTime(
        page(
          '<div class="post"><span class="moment-time" data-tippy-content="Wednesday, February 11, 2026 at 4:27 PM">1 month ago</span></div>',
        ),
      ),
    ).toBe('2026-02-11');
  });

  it("reads the microformats' published day, even in the post's own footer, and not the modified one", () => {
    const doc = page(
      '<article><h1>Probing</h1><footer class="post-info"><abbr class="modified" title="2025-10-19T18:02:00+01:00">Updated</abbr> <abbr class="published" title="2025-10-05T10:20:00+01:00">Published: Sun 05 October 2025</abbr></footer></article>',
    );
    expect(dateFromMicrodata(doc)).toBe('2025-10-05');
  });
});
