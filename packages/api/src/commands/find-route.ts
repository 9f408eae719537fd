import { ProblemError, problem } from '../http/problem';
import type { CommandRoute } from './command-route';

/** The route for `POST /<resource>/{id}/<action>`, or a 404 naming the actions there are. */
export function findRoute(routes: readonly CommandRoute[], action: string): CommandRoute {
  const route = routes.find((r) => r.action === action);
  if (route) return route;
  const actions = routes.map((r) => r.action).join(', ');
  throw new ProblemError(
    problem(404, 'NotFound', `no action ${JSON.stringify(action).slice(0, 80)}; there are: ${actions}`),
  );
}
