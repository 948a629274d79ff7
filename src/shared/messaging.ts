// Typed send/receive over webextension-polyfill. Every incoming message is parsed against the
// protocol and its sender checked before a handler runs; anything else is ignored.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  backgroundAccepts,
  contentAccepts,
  parseMessage,
  PROTOCOL_VERSION,
  TO_BACKGROUND,
  TO_CONTENT,
  type ToBackground,
  type ToContent,
} from './protocol.ts';

type Request<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Response<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (request: Request<P, K>, sender: Runtime.MessageSender) => Promise<Response<P, K>>;
};

export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  request: Request<ToBackground, K>,
): Promise<Response<ToBackground, K>> {
  return (await browser.runtime.sendMessage({ copydesk: PROTOCOL_VERSION, type, request })) as Response<ToBackground, K>;
}

export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  request: Request<ToContent, K>,
): Promise<Response<ToContent, K>> {
  return (await browser.tabs.sendMessage(tabId, { copydesk: PROTOCOL_VERSION, type, request })) as Response<ToContent, K>;
}

function listen<P>(
  validators: Parameters<typeof parseMessage<P>>[1],
  handlers: Handlers<P>,
  senderAllowed: (type: keyof P, sender: Runtime.MessageSender) => boolean,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = parseMessage(message, validators);
    if (!parsed || !senderAllowed(parsed.type as keyof P, sender)) return undefined;
    const handler = handlers[parsed.type as keyof P] as (request: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(parsed.request, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** In the background. Messages about a page must come from a content script in a tab. */
export function listenInBackground(handlers: Handlers<ToBackground>): () => void {
  return listen(TO_BACKGROUND, handlers, (type, sender) => backgroundAccepts(type, sender, browser.runtime.id));
}

/** In a content script: from the background or an extension page (the popup), never a page. */
export function listenInContent(handlers: Handlers<ToContent>): () => void {
  return listen(TO_CONTENT, handlers, (_type, sender) => contentAccepts(sender, browser.runtime.id));
}
