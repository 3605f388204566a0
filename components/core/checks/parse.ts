/** `parse`: the input was retrieved and is a JSON credential or presentation. */
import { errored, failed, passed, type Check } from './check.ts';

export const parse: Check = {
  id: 'parse',
  requires: [],
  run({ parsed }) {
    if (parsed.ok) return passed();
    return parsed.undecided ? errored(parsed.problem) : failed(parsed.problem);
  },
};
