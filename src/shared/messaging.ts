// Typed send/receive over the extension API (shared/extension-api.ts). Every incoming message is
// parsed against the protocol and its sender checked before a handler runs; anything else is
// ignored. A handler's answer travels as a Reply so that its failure reaches the sender as a
// rejection, in Chromium as in Firefox.
import type { Runtime } from 'webextension-polyfill';
import { browser } from './extension-api.ts';
import {
  backgroundAccepts,
  contentAccepts,
  engineAccepts,
  parseMessage,
  PROTOCOL_VERSION,
  TO_BACKGROUND,
  TO_CONTENT,
  TO_ENGINE,
  type ToBackground,
  type ToContent,
  type ToEngine,
} from './protocol.ts';

type Request<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Response<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (request: Request<P, K>, sender: Runtime.MessageSender) => Promise<Response<P, K>>;
};

/** What a receiver sends back: its handler's value, or why the handler failed. */
type Reply = { value: unknown } | { error: string };

/** Nobody listening answered the message (as opposed to a handler that failed). */
export class NoAnswerError extends Error {
  constructor(cause?: unknown) {
    super('Copydesk: no answer to the message', { cause });
    this.name = 'NoAnswerError';
  }
}

/** The handler's value from its Reply; a failure (or no answer at all) throws, as the polyfill did. */
export function replyValue<T>(reply: unknown): T {
  if (typeof reply === 'object' && reply !== null) {
    if ('value' in reply) return reply.value as T;
    if ('error' in reply) throw new Error(String(reply.error));
  }
  throw new NoAnswerError();
}

/** Sends an envelope to the extension's contexts; a browser's "no receiving end" becomes a NoAnswerError too. */
function sendToExtension(envelope: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(envelope).catch((error: unknown) => {
    throw new NoAnswerError(error);
  });
}

/** Sends a handler's outcome as a Reply, so a failure reaches the asker as a rejection. */
function replyWith(answer: Promise<unknown>, send: (reply: Reply) => void): void {
  answer.then(
    (value) => send({ value }),
    (error: unknown) => send({ error: error instanceof Error ? error.message : String(error) }),
  );
}

/**
 * The background is reached over a port of its own, not runtime.sendMessage: a message sent that
 * way goes to every extension context with a listener, and would wake the sleeping service
 * worker for each page the engine's host analyses.
 */
const BACKGROUND_PORT = 'copydesk-background';

export function sendToBackground<K extends keyof ToBackground>(type: K, request: Request<ToBackground, K>): Promise<Response<ToBackground, K>> {
  return new Promise((resolve, reject) => {
    let port: Runtime.Port;
    try {
      port = browser.runtime.connect({ name: BACKGROUND_PORT });
    } catch (error) {
      reject(new NoAnswerError(error));
      return;
    }
    port.onMessage.addListener((reply: unknown) => {
      port.disconnect();
      try {
        resolve(replyValue(reply));
      } catch (error) {
        reject(error);
      }
    });
    port.onDisconnect.addListener(() => reject(new NoAnswerError(browser.runtime.lastError)));
    port.postMessage({ copydesk: PROTOCOL_VERSION, type, request });
  });
}

/**
 * To the engine's host. In Chromium that is an offscreen document the background opens when it
 * starts; if it is not open yet (or was closed), nobody answers: the background is asked to open
 * it and the request is sent once more.
 */
export async function sendToEngine<K extends keyof ToEngine>(type: K, request: Request<ToEngine, K>): Promise<Response<ToEngine, K>> {
  try {
    return await askEngine(type, request);
  } catch (error) {
    if (!(error instanceof NoAnswerError)) throw error;
    await sendToBackground('openEngine', {});
    return askEngine(type, request);
  }
}

/** To the engine's host, once: a NoAnswerError if it is not listening. */
export async function askEngine<K extends keyof ToEngine>(type: K, request: Request<ToEngine, K>): Promise<Response<ToEngine, K>> {
  return replyValue(await sendToExtension({ copydesk: PROTOCOL_VERSION, type, request }));
}

export async function sendToTab<K extends keyof ToContent>(tabId: number, type: K, request: Request<ToContent, K>): Promise<Response<ToContent, K>> {
  return replyValue(await browser.tabs.sendMessage(tabId, { copydesk: PROTOCOL_VERSION, type, request }));
}

/**
 * Runs `handle` for a message and answers through `sendResponse`, the one way of answering
 * asynchronously that Chromium and Firefox share; undefined (not ours) lets other listeners answer.
 */
export function answerWith(handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): Runtime.OnMessageListener {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: Reply) => void): true | undefined => {
    const answer = handle(message, sender);
    if (answer === undefined) return undefined;
    replyWith(answer, sendResponse);
    return true;
  };
  // The polyfill's types know a sendResponse listener that always answers; ours may leave a
  // message to another listener by returning nothing, which both browsers allow.
  return listener as Runtime.OnMessageListenerCallback;
}

function listen<P>(
  validators: Parameters<typeof parseMessage<P>>[1],
  handlers: Handlers<P>,
  senderAllowed: (type: keyof P, sender: Runtime.MessageSender) => boolean,
): () => void {
  const listener = answerWith((message, sender) => {
    const parsed = parseMessage(message, validators);
    if (!parsed || !senderAllowed(parsed.type as keyof P, sender)) return undefined;
    const handler = handlers[parsed.type as keyof P] as (request: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(parsed.request, sender);
  });
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** In the background, on its port. Messages about a page must come from a content script in a tab. */
export function listenInBackground(handlers: Handlers<ToBackground>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BACKGROUND_PORT) return;
    const sender = port.sender ?? {};
    port.onMessage.addListener((message: unknown) => {
      const parsed = parseMessage(message, TO_BACKGROUND);
      if (!parsed || !backgroundAccepts(parsed.type, sender, browser.runtime.id)) {
        port.disconnect();
        return;
      }
      const handler = handlers[parsed.type] as (request: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
      replyWith(handler(parsed.request, sender), (reply) => {
        // The asker may be gone by now (its page navigated): then nobody waits for the reply.
        try {
          port.postMessage(reply);
        } catch {
          return;
        }
      });
    });
  });
}

/** In the engine's host: analysis requests from our content scripts. */
export function listenForAnalysis(handlers: Handlers<ToEngine>): () => void {
  return listen(TO_ENGINE, handlers, (type, sender) => engineAccepts(type, sender, browser.runtime.id));
}

/** In a content script: from the background or an extension page (the popup), never a page. */
export function listenInContent(handlers: Handlers<ToContent>): () => void {
  return listen(TO_CONTENT, handlers, (_type, sender) => contentAccepts(sender, browser.runtime.id));
}
