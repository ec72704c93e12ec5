import { strict as assert } from 'node:assert';
import { regexProblem } from '../../../server/src/core/validate/checks/regex';

describe('regexProblem', () => {
  it('accepts the PCRE subset, inline flags and named groups', () => {
    for (const pattern of ['\\\\cmd\\.exe$', '(?i)^foo[0-9]{2,}', '(?P<name>x)|(?<other>y)', '[[:alpha:]]+', '\\x41\\d\\s\\w']) {
      assert.equal(regexProblem(pattern), undefined, pattern);
    }
  });

  it('names the unsupported feature', () => {
    assert.match(regexProblem('foo(?=bar)')!.message, /lookaround/);
    assert.match(regexProblem('(?<!a)b')!.message, /lookaround/);
    assert.match(regexProblem('(a)\\1')!.message, /backreferences/);
    assert.match(regexProblem('(?>a)')!.message, /atomic/);
    assert.match(regexProblem('a++')!.message, /possessive/);
    assert.equal(regexProblem('a(?=b)')!.supported, false);
  });

  it('reports syntax errors as invalid', () => {
    const problem = regexProblem('(a');
    assert.equal(problem?.supported, true);
    assert.match(problem!.message, /missing closing \)/);
  });
});
