import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { AppEnv, ServiceLogger } from '../app/app-env.js';
import { answerFor } from '../app/service-error.js';

/**
 * The app's one error handler: any thrown value becomes its JSON answer (`answerFor`: code → status
 * once); a fault the client cannot act on is logged with its stack under the `errorId` it answers with.
 */
export function errorHandler(logger: ServiceLogger): ErrorHandler<AppEnv> {
  return (error: Error, c: Context<AppEnv>) => {
    const answer = answerFor(error, () => crypto.randomUUID());
    if (answer.logged) {
      logger.error('request failed', {
        errorId: answer.body.error.errorId, status: answer.status, method: c.req.method, path: c.req.path,
        error: error.stack ?? error.message,
      });
    }
    // why: an answer sent before the request body was read leaves the rest of the body on the
    // connection; closing it keeps a client from sending its next request into those bytes.
    const unread = c.req.raw.body !== null && c.get('bodyConsumed') !== true;
    // why: Hono types the status as a literal union; answerFor's statuses are all valid HTTP error codes.
    return c.json(answer.body, answer.status as 400, unread ? { ...answer.headers, Connection: 'close' } : answer.headers);
  };
}

/** Unknown routes (and known paths with another method): a JSON 404 like every other error. */
export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  c.json({ error: { code: 'not_found', message: `[motionreg:service] no route ${c.req.method} ${c.req.path}; see GET /api/health and the service README` } }, 404);
