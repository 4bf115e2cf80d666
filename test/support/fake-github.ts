// A fake GitHub REST API on 127.0.0.1 for end-to-end tests: a route table, a
// log of every request, and faults that can be set per route (403, 404, 422,
// 500, a request that never gets an answer, rate limiting). Routes for issue
// comments are in fake-github-comments.ts; other features add their own
// route files on top of the same server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The route pattern that matched, or undefined (404). */
  route?: string;
  /** The fault served instead of the route, if any. */
  fault?: Fault['type'];
}

export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** This server's base URL, for Link headers and html_url fields. */
  baseUrl: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

export type Fault = (
  | { type: 'status'; status: 403 | 404 | 422 | 500 | 502 | 503; message?: string }
  | { type: 'timeout' }
  /** 403 with x-ratelimit-remaining: 0; `reset` is the x-ratelimit-reset header (epoch seconds unless a test says otherwise). */
  | { type: 'rate-limit'; reset?: string }
) & {
  /** Only the first `times` requests to the route get the fault; later ones are answered (a bad minute, then recovery). */
  times?: number;
};

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern.replace(/:([a-z_]+)/gi, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  // A trailing `:name+` takes the rest of the path, slashes included (a git ref).
  return { regex: new RegExp(`^${source.replace(/\(\[\^\/\]\+\)\+$/, '(.+)')}$`), names };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults = new Map<string, Fault>();
  private readonly hooks = new Map<string, () => Promise<void>>();
  private everyRoute?: Fault;
  /** Faults served so far, per `METHOD pattern`. */
  private readonly served = new Map<string, number>();
  private server?: Server;
  baseUrl = '';

  route(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), pattern, handler, ...compile(pattern) });
    return this;
  }

  /** Every request to `METHOD pattern` gets this fault (until clearFaults). */
  fault(method: string, pattern: string, fault: Fault): this {
    this.faults.set(`${method.toUpperCase()} ${pattern}`, fault);
    return this;
  }

  /** Runs `hook` once, before the next request to `METHOD pattern` is answered: another writer acting in between. */
  before(method: string, pattern: string, hook: () => Promise<void>): this {
    this.hooks.set(`${method.toUpperCase()} ${pattern}`, hook);
    return this;
  }

  /** Every route gets this fault (counted per route when `times` is set), until clearFaults. */
  faultEverywhere(fault: Fault): this {
    this.everyRoute = fault;
    return this;
  }

  clearFaults(): void {
    this.faults.clear();
    this.everyRoute = undefined;
    this.served.clear();
  }

  /** Requests that reached a route (pattern) with a method. */
  calls(method: string, pattern: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && r.route === pattern);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    // Requests held by a timeout fault would otherwise keep the server open.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // Keep the raw text: the test can see what was sent.
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    };
    this.requests.push(record);

    const route = this.routes.find((r) => r.method === method && r.regex.test(url.pathname));
    if (!route) return send(res, { status: 404, body: { message: 'Not Found' } });
    record.route = route.pattern;

    const key = `${method} ${route.pattern}`;
    const hook = this.hooks.get(key);
    if (hook) {
      this.hooks.delete(key);
      await hook();
    }
    const fault = this.faults.get(key) ?? this.everyRoute;
    const served = this.served.get(key) ?? 0;
    if (fault && (fault.times === undefined || served < fault.times)) {
      this.served.set(key, served + 1);
      record.fault = fault.type;
      if (fault.type === 'timeout') return; // never answered; the client must give up by itself
      if (fault.type === 'rate-limit') {
        return send(res, {
          status: 403,
          headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': fault.reset ?? '1893456000' },
          body: { message: 'API rate limit exceeded for installation.' },
        });
      }
      return send(res, { status: fault.status, body: { message: fault.message ?? `fault ${fault.status}` } });
    }

    const match = route.regex.exec(url.pathname)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    try {
      send(res, await route.handler({ params, query: record.query, body, baseUrl: this.baseUrl }));
    } catch (e) {
      send(res, { status: 500, body: { message: `fake route failed: ${(e as Error).message}` } });
    }
  }
}

function send(res: ServerResponse, r: RouteResponse): void {
  const text = r.body === undefined ? '' : JSON.stringify(r.body);
  res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...r.headers });
  res.end(text);
}
