import { strict as assert } from 'node:assert';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { validateFile } from '../../../server/src/core/validate/validate-file';
import { GENERAL_CHECKS } from './general-checks';

// Half-typed and malformed rules, as an editor sees them on every keystroke: the checks must report, never throw.
const ODD_SHAPES = [
  '',
  '# only a comment\n',
  '- a\n- b\n',
  'title:\n',
  'title: [a, b]\nid: {x: 1}\nrelated: nope\ntags: {a: b}\nlogsource: [windows]\ndetection: selection\n',
  'title: t\nrelated:\n  - just-a-string\n  - {id: 1, type: 2}\nstatus: 3\nlevel: null\ndate: 20240101\nmodified: [2024-01-01]\n',
  'title: t\nlogsource:\n  product: 1\n  category: null\ndetection:\n  selection:\n    "|re": "(?=x)"\n    F|cidr: [null, 1]\n    G|exists: [true]\n    H|gt: []\n  condition: [selection, "1 of them"]\n',
  'title: t\ncorrelation: 5\n---\ntitle: f\nfilter:\n  rules: []\n',
  'title: t\nlogsource: {product: windows}\ndetection:\n  selection: &a {F: x}\n  other: *a\n  condition: selection and\n',
];

describe('validation of odd shapes', () => {
  for (const [index, text] of ODD_SHAPES.entries()) {
    it(`reports without an internal error (#${index})`, () => {
      const diagnostics = validateFile(text, parseRule(text), { checks: GENERAL_CHECKS, workspace: { ruleIds: new Map(), ruleNames: new Map() } });
      assert.deepEqual(diagnostics.filter((d) => d.code === 'internal-error'), []);
    });
  }
});
