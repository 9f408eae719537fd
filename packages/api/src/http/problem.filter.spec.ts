import { outcomeOf, problemOf } from './problem.filter';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('errors that say the database is away', () => {
  it.each([
    ['a restart (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    [
      'a crash of another backend (57P02)',
      pgError('57P02', 'terminating connection due to crash of another server process'),
    ],
    ['a server still starting (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', pgError('08006', 'connection failure')],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', pgError('ECONNRESET', 'read ECONNRESET')],
    ['a timed-out socket', pgError('ETIMEDOUT', 'connect ETIMEDOUT')],
    ['a connection that ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a busy pool', new Error('timeout exceeded when trying to connect')],
  ])('%s is a 503 DatabaseUnavailable with Retry-After', (_, error) => {
    const outcome = outcomeOf(problemOf(error));
    expect(outcome).toMatchObject({ status: 503, headers: { 'retry-after': '3' } });
    expect(outcome.body).toMatchObject({ code: 'DatabaseUnavailable' });
    expect(JSON.stringify(outcome.body)).not.toMatch(/5432|ECONN|57P/);
  });

  it('a client that hung up is still its own fault, not the database', () => {
    expect(problemOf(pgError('ECONNRESET', 'aborted'))).toMatchObject({
      status: 400,
      code: 'ClientClosedRequest',
    });
  });

  it('anything else stays a 500 without Retry-After', () => {
    const outcome = outcomeOf(problemOf(pgError('23505', 'duplicate key value violates unique constraint')));
    expect(outcome).toMatchObject({ status: 500, headers: {} });
  });
});
