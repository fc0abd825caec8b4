import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';
import { mountUi, type KiteServer, type MountOptions } from './mount.js';
import { stopServer } from './shutdown.js';

export interface RunOptions extends MountOptions {
  /** Port to listen on (0 picks a free one); default `PORT` or 8080. */
  port?: number;
  host?: string;
}

export interface RunningApp {
  app: Express;
  server: Server;
  kite: KiteServer;
  url: string;
  /** Stops like a deploy would: tabs are told the server restarts; requests in flight get `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts an Express app that serves only Kite pages: the quickest way to run a UI. */
export async function run(options: RunOptions = {}): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  const kite = mountUi(app, server, options);
  const port = options.port ?? Number(process.env.PORT ?? 8080);
  await new Promise<void>((resolve) => server.listen(port, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://${options.host ?? '127.0.0.1'}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    app,
    server,
    kite,
    url,
    stop: (graceMs) => stopServer(server, kite, graceMs),
  };
}
