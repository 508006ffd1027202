import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePages } from '../fixtures';

/**
 * One local HTTPS server standing in for the whole web: Chromium's host-resolver rules send every
 * host here, so tests open pages at their real addresses. It serves the saved fixture pages, a
 * stand-in for arXiv's API, and arXiv PDFs. Nothing reaches the internet.
 */
export interface StandIn {
  port: number;
  /** Every request, as `https://host/path?query`. */
  requests: string[];
  close(): Promise<void>;
}

const API_DIR = join(import.meta.dirname, '..', 'fixtures', 'api');

/** A one-page PDF, so Chromium opens its PDF viewer on arXiv's PDF addresses. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 50 Td (A paper) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A throwaway self-signed certificate for a local HTTPS stand-in (made with openssl, then deleted). */
export function throwawayCertificate(commonName = 'paperboy.test'): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${commonName}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    throw new Error('openssl is needed to make the throwaway certificate of the local HTTPS server: apt-get install openssl');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** arXiv ids the API stand-in refuses, to test what the curator is told. */
export const API_REFUSES: Record<string, number> = { '2101.00429': 429, '2101.00503': 503 };

/** `extra`: more pages by address, such as the benchmark's generated 2 MB page. */
export async function startStandIn(extra: Record<string, string> = {}): Promise<StandIn> {
  const pages = new Map(fixturePages().map((page) => [new URL(page.url).href.replace(/#.*$/, ''), page.html]));
  for (const [address, html] of Object.entries(extra)) pages.set(address, html);
  const byPath = new Map(
    fixturePages().map((page) => {
      const url = new URL(page.url);
      return [`${url.host}${url.pathname}`, page.html];
    }),
  );
  const requests: string[] = [];
  const pdf = tinyPdf();

  const server: Server = createServer(throwawayCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    requests.push(url.href);
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.host === 'export.arxiv.org' && url.pathname === '/api/query') {
      const id = url.searchParams.get('id_list') ?? '';
      if (API_REFUSES[id]) return send(API_REFUSES[id], 'text/plain', 'Rate exceeded.');
      try {
        return send(200, 'application/atom+xml; charset=utf-8', readFileSync(join(API_DIR, `arxiv-${id.replace('/', '_')}.xml`)));
      } catch {
        return send(200, 'application/atom+xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>');
      }
    }
    if (url.host === 'arxiv.org' && url.pathname.startsWith('/pdf/')) return send(200, 'application/pdf', pdf);
    if (url.pathname === '/favicon.ico') return send(404, 'text/plain', '');
    const page = pages.get(url.href) ?? byPath.get(`${url.host}${url.pathname}`);
    if (page) return send(200, 'text/html; charset=utf-8', page);
    send(
      404,
      'text/html; charset=utf-8',
      `<!doctype html><title>Not found</title><h1>No fixture for ${url.href.replace(/</g, '&lt;')}</h1>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
