// A git server over real HTTP on 127.0.0.1 for the baseline-PR tests: git's
// own smart-HTTP CGI (`git http-backend`) serving one bare repository at
// /<owner>/<repo>, behind a token check like GitHub's (Basic auth with
// x-access-token:<token>; anything else is 401). Each request's token is
// recorded, so a test sees which token pushed.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttpRequest {
  method: string;
  path: string;
  service?: string;
  /** The token sent (Basic x-access-token:<token>), or undefined. */
  token?: string;
  /** How many Authorization headers git sent (two persisted tokens would both be sent). */
  authHeaders: number;
}

export class GitHttpServer {
  readonly requests: GitHttpRequest[] = [];
  private server?: Server;
  url = '';

  /** Serves `bare` as /<owner>/<repo> (and .git); only `token` may read or push. */
  constructor(
    private readonly bare: string,
    private readonly owner: string,
    private readonly repo: string,
    /** The one token this server takes (a test may change it between runs). */
    public token: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Tokens of the requests that wrote (git-receive-pack). */
  pushTokens(): (string | undefined)[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack')).map((r) => r.token);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const raw = req.headersDistinct.authorization ?? [];
    const basic = /^basic (.+)$/i.exec(raw[0] ?? '')?.[1];
    const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
    const token = decoded.startsWith('x-access-token:') ? decoded.slice('x-access-token:'.length) : undefined;
    const service = url.searchParams.get('service') ?? undefined;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      ...(service ? { service } : {}),
      ...(token !== undefined ? { token } : {}),
      authHeaders: raw.length,
    });
    const prefix = new RegExp(`^/${this.owner}/${this.repo}(?:\\.git)?(/.*)$`).exec(url.pathname);
    if (!prefix) {
      res.writeHead(404).end('no such repository\n');
      return;
    }
    if (raw.length !== 1 || token !== this.token) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('bad credentials\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: this.bare,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: prefix[1]!,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        // Receive-pack (push) is served to an authenticated user only.
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    req.pipe(cgi.stdin);
    // CGI output: headers, a blank line, the body.
    let head = Buffer.alloc(0);
    let started = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (started) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      started = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':');
        const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
        if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => res.end());
  }
}
