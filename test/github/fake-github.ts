import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the action made, as the fake server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  authorization?: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  pull_request?: unknown;
}

export type Route = 'checks' | 'comments' | 'issues' | 'pulls';

/**
 * A local stand-in for the parts of the GitHub REST API the action uses. It keeps state across
 * runs (comments, issues, check runs), records every request, and can answer 403 to a route the
 * way GitHub answers a read-only token.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  readonly checkRuns: { id: number; created: any; updates: any[] }[] = [];
  readonly pulls: { number: number; head: { sha: string; ref: string; label: string } }[] = [];
  readonly denied = new Set<Route>();
  /** How many of the next check-run updates to refuse with 422, as GitHub does for a bad annotation. */
  refuseCheckRunUpdates = 0;
  /** Page size the fake uses when the client asks for more than this (exercises pagination). */
  pageSize = 100;
  private nextId = 1000;
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests of one method whose path matches. */
  find(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pattern.test(request.path));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', this.url);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    };
    this.requests.push(recorded);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const deny = (route: Route) => {
      if (!this.denied.has(route)) return false;
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return true;
    };
    const page = <T>(items: T[]) => {
      const perPage = Math.min(Number(recorded.query.per_page ?? 30), this.pageSize);
      const number = Number(recorded.query.page ?? 1);
      const slice = items.slice((number - 1) * perPage, number * perPage);
      const headers: Record<string, string> = {};
      if (number * perPage < items.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(number + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      send(200, slice, headers);
    };
    const { method, path } = recorded;
    let match: RegExpExecArray | null;
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      if (deny('checks')) return;
      const id = this.nextId++;
      this.checkRuns.push({ id, created: recorded.body, updates: [] });
      return send(201, { id, ...recorded.body });
    }
    if (method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path))) {
      if (deny('checks')) return;
      const run = this.checkRuns.find((candidate) => candidate.id === Number(match![1]));
      if (!run) return send(404, { message: 'Not Found' });
      if (this.refuseCheckRunUpdates > 0) {
        this.refuseCheckRunUpdates--;
        return send(422, { message: 'Validation Failed' });
      }
      run.updates.push(recorded.body);
      return send(200, { id: run.id });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      if (deny('comments')) return;
      const issue = Number(match[1]);
      if (method === 'GET') return page(this.comments.filter((comment) => comment.issue === issue));
      if (method === 'POST') {
        const comment: FakeComment = { id: this.nextId++, issue, body: recorded.body.body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        this.comments.push(comment);
        return send(201, comment);
      }
    }
    if (method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      if (deny('comments')) return;
      const comment = this.comments.find((candidate) => candidate.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = recorded.body.body;
      return send(200, comment);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (deny('issues')) return;
      if (method === 'GET') {
        const label = recorded.query.labels;
        const state = recorded.query.state ?? 'open';
        return page(
          this.issues.filter(
            (issue) => (!label || issue.labels.some((entry) => entry.name === label)) && (state === 'all' || issue.state === state),
          ),
        );
      }
      if (method === 'POST') {
        const issue: FakeIssue = {
          number: this.nextId++,
          title: recorded.body.title,
          body: recorded.body.body,
          state: 'open',
          labels: (recorded.body.labels ?? []).map((name: string) => ({ name })),
        };
        this.issues.push(issue);
        return send(201, issue);
      }
    }
    if (method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path))) {
      if (deny('issues')) return;
      const issue = this.issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      Object.assign(issue, recorded.body);
      return send(200, issue);
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      if (deny('pulls')) return;
      const head = recorded.query.head;
      return page(this.pulls.filter((pull) => !head || pull.head.label === head));
    }
    send(404, { message: `Not Found: ${method} ${path}` });
  }
}
