'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.eventStoreContract = eventStoreContract;
const contract_append_1 = require('./contract-append');
const contract_bad_input_1 = require('./contract-bad-input');
const contract_read_1 = require('./contract-read');
const contract_subscribe_1 = require('./contract-subscribe');
/**
 * The behaviour every EventStore adapter must have. Each adapter's spec calls this with a
 * factory; the suite shares one store per adapter and isolates tests by unique stream ids.
 */
function eventStoreContract(name, open) {
  describe(`EventStore contract: ${name}`, () => {
    let subject;
    const store = () => subject.store;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());
    (0, contract_append_1.appendContract)(store);
    (0, contract_read_1.readContract)(store);
    (0, contract_subscribe_1.subscriptionContract)(store);
    (0, contract_bad_input_1.badInputContract)(store);
  });
}
