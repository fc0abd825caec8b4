import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { WebSocketServer, type WebSocket } from 'ws';
import { defaultClientConfig, type ClientConfig, type Logger } from '../core/client.js';
import { DOWNLOAD_PATH } from '../core/downloads.js';
import { configureStorage } from '../core/storage.js';
import { UPLOAD_PATH } from '../core/uploads.js';
import { CloseCode, type BootState } from '../protocol/messages.js';
import { defaultAssetsDir, pageAssets, readManifest, type BuildManifest } from './assets.js';
import { acceptConnection, type ConnectionLimits, type Remounter } from './connection.js';
import { downloadRoute } from './downloads.js';
import { originAllowed } from './origin.js';
import { precompressed } from './precompressed.js';
import { defaultPages, openPage, type PageRegistry } from './pages.js';
import { ClientRegistry } from './registry.js';
import { remountPage } from './remount.js';
import { BrowserIds, persistentSecret } from './session.js';
import { CONTENT_SECURITY_POLICY, renderShell } from './shell.js';
import { boundRequestHeads } from './timeouts.js';
import { othersListen, refuseUpgrade, upgradeUrl } from './upgrade.js';
import { defaultUploadBounds, uploadRoute, type UploadBounds } from './uploads.js';

export interface MountOptions {
  pages?: PageRegistry;
  /** Milliseconds a disconnected client is kept for a rejoin (default 5 minutes). */
  retention?: number;
  /**
   * Milliseconds a page's client waits for its tab's first connection (default 1 minute, at most
   * `retention`); a tab that connects later reloads once and gets a fresh page.
   */
  joinWindow?: number;
  /** Origins allowed to open the websocket besides the page's own (e.g. behind a proxy). */
  allowedOrigins?: string[];
  /** Largest up message in bytes (default 64 KiB; files go over HTTP, not the socket). */
  maxMessageBytes?: number;
  limits?: Partial<ConnectionLimits>;
  /** Milliseconds between pings; a socket that misses one is terminated (default 25 s). */
  heartbeat?: number;
  /**
   * Milliseconds a connection may take to send a request head, an upgrade's included (default:
   * 15 s, or the HTTP server's own bound if stricter; Node's is 60 s). Set on the server given
   * to mountUi (see timeouts.ts).
   */
  headersTimeout?: number;
  /** Where `storage.user` and `storage.general` persist; `false` keeps them in memory. */
  storageDir?: string | false;
  /** Secret that signs browser ids; default: generated once and kept in the storage dir. */
  storageSecret?: string;
  /** Show handler errors to the user (default: NODE_ENV is not production). */
  dev?: boolean;
  logger?: Logger;
  /** The built runtime (default `client-runtime/dist`). */
  assetsDir?: string;
  /** Bounds of the per-client replay ring. */
  ring?: { frames?: number; bytes?: number };
  /** Bounds of upload requests (each upload element also limits its files' sizes and count). */
  uploads?: Partial<UploadBounds>;
}

export interface KiteServer {
  readonly clients: ClientRegistry;
  /**
   * Tells every tab the server is restarting (close code 1012, after the frames still pending),
   * waits up to `graceMs` (default 1 s) for the sockets to close, cuts the rest, then deletes every
   * client and writes pending storage.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

const WS_PATH = '/_ui/ws';
const STATIC_PATH = '/_ui/static';
const ASSET_MAX_AGE_MS = 365 * 24 * 3600_000;

/**
 * Serves the pages of a registry on an Express app and their websocket on the same HTTP server.
 * Call it before the app's 404 handler so page paths reach it.
 */
export function mountUi(app: Express, httpServer: Server, options: MountOptions = {}): KiteServer {
  const pages = options.pages ?? defaultPages;
  const retention = options.retention ?? 5 * 60_000;
  const heartbeat = options.heartbeat ?? 25_000;
  const storageDir = options.storageDir === false ? undefined : (options.storageDir ?? '.kite');
  const assetsDir = options.assetsDir ?? defaultAssetsDir;
  // Read on the first page, so an app that serves only its API runs without the client build.
  let manifest: BuildManifest | undefined;
  const config: ClientConfig = {
    ...defaultClientConfig,
    dev: options.dev ?? defaultClientConfig.dev,
    logger: options.logger ?? defaultClientConfig.logger,
    ringFrames: options.ring?.frames ?? defaultClientConfig.ringFrames,
    ringBytes: options.ring?.bytes ?? defaultClientConfig.ringBytes,
  };
  const limits: ConnectionLimits = { messagesPerSecond: 60, messageBurst: 200, maxBacklogBytes: 256 * 1024, maxBufferedBytes: 4 * 1024 * 1024, ...options.limits };
  const store = configureStorage({ dir: storageDir, tabGraceMs: retention, logger: config.logger });
  const browserIds = new BrowserIds(options.storageSecret ?? persistentSecret(storageDir));
  const clients = new ClientRegistry(retention, Math.min(options.joinWindow ?? 60_000, retention));

  // Build files have hashed names: cached for a year, never revalidated.
  app.use(STATIC_PATH, precompressed(assetsDir, ASSET_MAX_AGE_MS));
  app.use(STATIC_PATH, express.static(assetsDir, { immutable: true, maxAge: ASSET_MAX_AGE_MS, index: false, fallthrough: false }));
  app.post(`${UPLOAD_PATH}/:client/:element`, uploadRoute(clients, { ...defaultUploadBounds, ...options.uploads, allowedOrigins: options.allowedOrigins ?? [] }));
  app.get(`${DOWNLOAD_PATH}/:client/:key`, downloadRoute(clients, browserIds));

  // The first HTML carries the whole tree (458 KB for 10,000 labels: 74 KB gzipped, 34 KB with
  // brotli). Its one secret, the client's token, is new with every response, so compression gives
  // a BREACH-style guess nothing to converge on.
  const compressPage = compression();
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!pages.find(req.path)) return next();
    compressPage(req, res, () => servePage(req, res).catch(next));
  });

  async function servePage(req: Request, res: Response): Promise<void> {
    manifest ??= readManifest(assetsDir);
    let browserId = browserIds.read(req.headers.cookie);
    if (!browserId) {
      browserId = browserIds.create();
      res.setHeader('Set-Cookie', browserIds.cookie(browserId, req.secure));
    }
    // Appended, not resolved: `//x` resolved against a base is a URL of host x (and `//` no URL at all).
    const url = new URL(`http://localhost${req.originalUrl}`);
    const result = await openPage(pages, url, config, { browserId, address: req.ip ?? req.socket.remoteAddress });
    if (result.kind === 'not-found') return void res.status(404).end();
    if (result.kind === 'redirect') return res.redirect(302, result.location);
    const { client } = result;
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    // A HEAD request (a monitor, a link checker) gets the page's status and headers; no tab will
    // connect to a page it never received, so the client goes at once.
    if (req.method === 'HEAD') {
      client.delete();
      return void res.status(client.status).type('html').end();
    }
    clients.add(client);
    const snapshot = client.takeSnapshot();
    const boot: BootState = { ...snapshot, client: client.id, token: client.token, seq: client.seq, ws: WS_PATH, retention, heartbeat, build: manifest.script };
    res.status(client.status).type('html').send(renderShell(result.title, boot, pageAssets(manifest, STATIC_PATH, snapshot.elements)));
  }

  // The sockets are tracked here, not by ws (its tracking costs a closure per socket), with
  // whether each answered the last ping.
  const wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload: options.maxMessageBytes ?? 64 * 1024 });
  const sockets = new Map<WebSocket, boolean>();
  // Shared listeners for every socket. A closure made in the upgrade callback would keep that
  // callback's scope, and with it the parsed upgrade URL, alive for as long as the socket is.
  function onPong(this: WebSocket): void {
    if (sockets.has(this)) sockets.set(this, true);
  }
  function onSocketClose(this: WebSocket): void {
    sockets.delete(this);
  }
  // Upgrades to other paths are refused at once unless the app listens for upgrades too (upgrade.ts).
  // A malformed upgrade to our path (no Sec-WebSocket-Key, a wrong version) gets ws's 400.
  const remount: Remounter = async (request, join) => {
    manifest ??= readManifest(assetsDir);
    return remountPage(pages, config, request, { browserId: join.browserId, address: join.address, tabId: join.tab ?? undefined }, manifest.script);
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = upgradeUrl(req);
    if (url?.pathname !== WS_PATH) {
      if (!othersListen(httpServer)) refuseUpgrade(socket, url ? 404 : 400);
      return;
    }
    if (!originAllowed(req, options.allowedOrigins ?? [])) return refuseUpgrade(socket, 403);
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, true);
      ws.on('close', onSocketClose);
      ws.on('pong', onPong);
      const q = url.searchParams;
      const join = { client: q.get('client'), token: q.get('token'), seq: q.get('seq'), tab: q.get('tab'), browserId: browserIds.read(req.headers.cookie), address: req.socket.remoteAddress };
      acceptConnection(ws, join, clients, limits, remount);
    });
  };
  httpServer.on('upgrade', onUpgrade);
  boundRequestHeads(httpServer, options.headersTimeout);

  // One timer for all sockets: a socket that did not answer the last ping is dead.
  const pinger = setInterval(() => {
    for (const [ws, alive] of sockets) {
      if (!alive) {
        ws.terminate();
        continue;
      }
      sockets.set(ws, false);
      ws.ping();
    }
  }, heartbeat).unref();

  return {
    clients,
    async close({ graceMs = 1_000 } = {}) {
      clearInterval(pinger);
      httpServer.off('upgrade', onUpgrade);
      for (const client of clients.values()) client.flush();
      await closeSockets([...sockets.keys()], graceMs);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      clients.deleteAll();
      store.flush();
    },
  };
}

/** Closes sockets with a "restarting" handshake; those that have not finished it within `graceMs` are cut. */
async function closeSockets(sockets: WebSocket[], graceMs: number): Promise<void> {
  const closed = sockets.map((ws) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : ws.once('close', () => resolve()))));
  for (const ws of sockets) {
    // A paused socket (a tab over its rate) would never read the tab's answer to the close.
    if (ws.isPaused) ws.resume();
    ws.close(CloseCode.Restarting, 'server restarting');
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(closed), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  for (const ws of sockets) ws.terminate();
}
