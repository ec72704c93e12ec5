import { strict as assert } from 'node:assert';
import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import { parseFastYaml, parseFastYamlOrDecline } from '../../../server/src/core/sigma/fast-yaml';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { compareDocuments, parseWithYaml } from '../../support/fast-yaml-compare';
import { generateYaml } from '../../support/fast-yaml-fuzz';

/** The fast parser reads `text`, and its documents match the `yaml` package's node for node. */
function assertSame(text: string): Document.Parsed[] {
  const docs = parseFastYamlOrDecline(text);
  assert.ok(docs, `the fast parser declined:\n${text}`);
  assert.deepEqual(compareDocuments(docs, parseWithYaml(text)), []);
  return docs;
}

function assertDeclines(text: string): void {
  assert.equal(parseFastYamlOrDecline(text), undefined, `the fast parser should decline:\n${text}`);
}

/** The scalar at `path` (keys and indexes) in the first document. */
function scalarAt(docs: Document.Parsed[], ...path: (string | number)[]): Scalar {
  let node: unknown = docs[0].contents;
  for (const step of path) {
    if (isMap(node)) node = node.get(step, true);
    else if (isSeq(node)) node = node.get(step as number, true);
  }
  assert.ok(isScalar(node), `no scalar at ${path.join('.')}`);
  return node;
}

describe('fast YAML parser', () => {
  describe('block maps and sequences', () => {
    it('reads nested maps at any indentation', () => {
      assertSame('title: t\nlogsource:\n  product: windows\n  service: security\ndetection:\n    selection:\n     EventID: 4624\n    condition: selection\n');
    });

    it('reads lists under a key, indented or at the key column', () => {
      assertSame('tags:\n    - attack.t1059\n    - attack.execution\nreferences:\n- https://a.example\n- https://b.example\nlevel: high\n');
    });

    it('reads lists of maps, with extra spaces after the dash', () => {
      assertSame('related:\n    - id: 6c82cf5c-090d-4d57-9188-533577631108\n      type: similar\n    -   id: 2\n        type: derived\n');
    });

    it('reads quoted, typed and spaced keys', () => {
      const docs = assertSame("'quoted key': 1\n\"dq\": 2\n1: one\ntrue: yes\n~: null key\nspaced  : 3\nImage|endswith: x\nhttp://x.example/a: url\n");
      assert.equal(scalarAt(docs, 'spaced').value, 3);
    });

    it('reads a map at the root indented by some spaces', () => {
      assertSame('  a: 1\n  b:\n    - x\n');
    });
  });

  describe('plain scalars resolve like the core schema', () => {
    const cases: [string, unknown][] = [
      ['~', null],
      ['null', null],
      ['NULL', null],
      ['True', true],
      ['FALSE', false],
      ['yes', 'yes'],
      ['0', 0],
      ['-12', -12],
      ['+7', 7],
      ['012', 12],
      ['0o17', 15],
      ['0x1F', 31],
      ['1.50', 1.5],
      ['.5', 0.5],
      ['1e5', 100000],
      ['-1.2E-3', -0.0012],
      ['.inf', Infinity],
      ['-.Inf', -Infinity],
      ['1_000', '1_000'],
      ['0b11', '0b11'],
      ['2023-01-02', '2023-01-02'],
      ['a:b', 'a:b'],
      ['a#b', 'a#b'],
      ['-dash', '-dash'],
      ['C:\\Windows\\*.exe', 'C:\\Windows\\*.exe'],
    ];
    for (const [source, value] of cases) {
      it(`'${source}'`, () => {
        const docs = assertSame(`value: ${source}\n`);
        assert.deepEqual(scalarAt(docs, 'value').value, value);
      });
    }

    it('keeps number formats and fraction digits', () => {
      const docs = assertSame('hex: 0x1F\noct: 0o17\nexp: 1e5\nfixed: 1.50\nnan: .NaN\n');
      assert.equal(scalarAt(docs, 'hex').format, 'HEX');
      assert.equal(scalarAt(docs, 'fixed').minFractionDigits, 2);
      assert.ok(Number.isNaN(scalarAt(docs, 'nan').value));
    });

    it('folds plain scalars continued on more-indented lines, blank lines included', () => {
      const docs = assertSame('description: This rule detects\n    something long\n\n    and more\nlevel: high\n');
      assert.equal(scalarAt(docs, 'description').value, 'This rule detects something long\nand more');
    });

    it('reads a scalar on the line below its key', () => {
      assertSame('description:\n    text on the next line\n    continued\nlevel: high\n');
    });
  });

  describe('quoted scalars', () => {
    it('reads single quotes with doubled quotes and line folding', () => {
      const docs = assertSame("a: 'It''s'\nb: ''\nc: 'one\n   two\n\n   three'\n");
      assert.equal(scalarAt(docs, 'a').value, "It's");
      assert.equal(scalarAt(docs, 'c').value, 'one two\nthree');
    });

    it('reads double quotes with escapes, folding and escaped line breaks', () => {
      const docs = assertSame('a: "tab\\there \\x41\\u263A\\U0001F600 \\"q\\" \\\\"\nb: "one\n  two \\\n  three"\n');
      assert.equal(scalarAt(docs, 'a').value, 'tab\there A☺😀 "q" \\');
      assert.equal(scalarAt(docs, 'b').value, 'one two three');
    });
  });

  describe('block scalars', () => {
    for (const header of ['|', '|-', '|+', '>', '>-', '>+', '|2', '>1-', '|+3']) {
      it(`'${header}' with blank, more-indented and comment-like lines`, () => {
        assertSame(`description: ${header}\n    first line\n      more indented\n\n    # not a comment\n    last\n\n\nlevel: high\n`);
      });
    }

    it('keeps a comment on the header line and ends at the end of the input', () => {
      assertSame('a: | # about a\n  text\nb: >-\n  folded\n  text');
    });

    it('reads block scalars as list items', () => {
      assertSame('condition:\n    - |\n      selection and\n      not filter\n    - other\n');
    });
  });

  describe('comments and blank lines land where the yaml package puts them', () => {
    it('trailing comments on values and keys', () => {
      const docs = assertSame('title: t # the title\nlogsource: # where\n  product: windows\ntags:\n  - a  # first\n');
      assert.equal(scalarAt(docs, 'title').comment, ' the title');
    });

    it('comment lines at every indentation between keys and items', () => {
      assertSame('a: 1\n# top\n  # more indented\nb:\n  c: 2\n    # deeper\n  # same\n # less\nd: 1\n');
    });

    it('comment lines inside lists, commented-out items included', () => {
      assertSame("selection:\n    Image|endswith:\n        - '\\a.exe'\n        # - '\\b.exe'\n          # deeper\n        - '\\c.exe'\n      # between\n    # shallower\ncondition: selection\n");
    });

    it('comments before the first key, with and without a blank line', () => {
      assertSame('# header\ntitle: t\n');
      assertSame('# header\n\n# second\ntitle: t\n');
      assertSame('# header\n\ntitle: t\n');
    });

    it('comments and blank lines at the end of nested collections and the file', () => {
      assertSame('a:\n  b:\n    - 1\n      # item\n    # list\n  # map\n# root\n\n');
      assertSame('a:\n  b: 1\n   \n  \n# end');
    });

    it('blank lines before keys, items and nested values', () => {
      assertSame('a: 1\n\nb:\n\n  - x\n\n  - y\n\nc:\n\n  # note\n\n  d: 1\n');
    });
  });

  describe('empty values', () => {
    it('reads keys without values before keys, dedents and the end', () => {
      assertSame('a:\nb: # none\n\n# next\nc:\n  d:\ne:\n');
    });

    it('reads an empty value before a document marker', () => {
      assertSame('a: 1\nb: # none\n\n---\nc:\n\n---\nd: 2\n');
    });
  });

  describe('documents', () => {
    it('reads several documents with markers and comments', () => {
      const docs = assertSame('# before\n---\n# first\ntitle: a\n---\n\ntitle: b\n...\n# after\n');
      assert.equal(docs.length, 2);
    });

    it('reads a document end marker with a comment, then another document', () => {
      assertSame('a: 1\n... # done\n# between\n\nb: 2\n...\n');
    });

    it('reads files without a final line break or ending in spaces', () => {
      assertSame('a: 1');
      assertSame('a: 1\n   ');
      assertSame('a: # c');
    });
  });

  describe('declines what it does not read, and parseRule still reports the problem', () => {
    const outside: [string, string][] = [
      ['anchors and aliases', 'a: &x 1\nb: *x\n'],
      ['tags', 'a: !!str 1\n'],
      ['flow maps', 'a: {b: 1}\n'],
      ['flow sequences', 'tags: [a, b]\n'],
      ['tabs', 'a:\n\tb: 1\n'],
      ['carriage returns', 'a: 1\r\nb: 2\r\n'],
      ['a byte order mark', '\ufeffa: 1\n'],
      ['directives', '%YAML 1.2\n---\na: 1\n'],
      ['complex keys', '? a\n: 1\n'],
      ['nested lists', 'a:\n  - - x\n'],
      ['empty list items', 'a:\n  -\n  - x\n'],
      ['a root scalar', 'just text\n'],
      ['a root list', '- a\n- b\n'],
      ['only comments', '# nothing here\n'],
      ['an empty document', '---\n---\na: 1\n'],
    ];
    for (const [what, text] of outside) it(what, () => assertDeclines(text));

    const errors: [string, string, string][] = [
      ['duplicate keys', 'title: a\ntitle: b\n', 'yaml-duplicate-key'],
      ['duplicate keys written differently', "title: a\n'title': b\n", 'yaml-duplicate-key'],
      ['bad indentation', 'a:\n    b: 1\n  c: 2\n', 'yaml-syntax'],
      ['unterminated quotes', "a: 'open\n", 'yaml-syntax'],
      ['invalid escapes', 'a: "\\q"\n', 'yaml-syntax'],
      ['a map inside a plain value', 'a: b: c\n', 'yaml-syntax'],
      ['multi-line keys', 'a\n  b: 1\n', 'yaml-syntax'],
      ['a list on the key line', 'a: - b\n', 'yaml-syntax'],
      ['a list after a value at the key column', 'a: 1\n- b\n', 'yaml-syntax'],
      ['reserved characters', 'a: @b\n', 'yaml-syntax'],
      ['bad block scalar headers', 'a: |0\n  b\n', 'yaml-syntax'],
      ['comments without a space after quotes', "a: 'b'#c\n", 'yaml-syntax'],
      ['unindented block scalars', 'a: |\nb\n', 'yaml-syntax'],
      ['keys longer than 1,024 characters', `${'k'.repeat(1100)}: v\n`, 'yaml-syntax'],
    ];
    for (const [what, text, code] of errors) {
      it(what, () => {
        assertDeclines(text);
        assert.ok(
          parseRule(text).diagnostics.some((d) => d.code === code),
          `expected ${code} from parseRule`,
        );
      });
    }
  });

  describe('never differs from the yaml package on random Sigma-shaped YAML', () => {
    it('matches or declines on 1,500 generated documents, reading most of the valid ones', () => {
      let valid = 0;
      let read = 0;
      for (let seed = 1; seed <= 1500; seed++) {
        const text = generateYaml(seed);
        const expected = parseWithYaml(text);
        const docs = parseFastYamlOrDecline(text);
        if (expected.every((doc) => doc.errors.length === 0 && doc.warnings.length === 0)) valid++;
        if (!docs) continue;
        read++;
        assert.deepEqual(compareDocuments(docs, expected), [], `seed ${seed}:\n${text}`);
      }
      // Flow collections and nested lists are outside the subset; the rest must be read.
      assert.ok(read > valid * 0.85, `read ${read} of ${valid} valid documents`);
    });

    it('declines nesting deeper than it reads, where the package may run out of stack', () => {
      const deep = Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n';
      assertDeclines(deep);
      assertSame(Array.from({ length: 20 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n');
    });

    it('never throws through parseFastYaml', () => {
      for (const text of ['', '\n', ':', '- ', '---', '...', '#', "'", '"', '|', 'a: |', 'a: "\\', 'a:\n  - ', '\u0000']) {
        assert.doesNotThrow(() => parseFastYaml(text));
      }
    });
  });
});
