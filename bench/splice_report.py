#!/usr/bin/env python3
"""Puts a fresh `npm run bench` report into docs/benchmarks.md without losing the rest.

    python3 bench/splice_report.py REPORT.md docs/benchmarks.md

docs/benchmarks.md is partly written by hand (the open bars' table at the
top, each round of work's measurements and reasons); the report replaces
only what lies between the two markers below, which are appended at the end
the first time. Standard library only.
"""
import re
import sys

BEGIN = '<!-- npm run bench: begin (bench/splice_report.py replaces what follows, up to the end marker) -->'
END = '<!-- npm run bench: end -->'


def main():
    report_path, doc_path = sys.argv[1], sys.argv[2]
    with open(report_path, encoding='utf-8') as f:
        lines = f.read().strip('\n').split('\n')
    # One level down: the report's first heading is a section of the file.
    report = '\n'.join([lines[0]] + [re.sub(r'^(#{1,5}) ', r'#\1 ', line) for line in lines[1:]])
    with open(doc_path, encoding='utf-8') as f:
        doc = f.read()
    block = f'{BEGIN}\n\n{report}\n\n{END}'
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        doc = head + block + tail
    else:
        doc = doc.rstrip('\n') + '\n\n' + block + '\n'
    with open(doc_path, 'w', encoding='utf-8') as f:
        f.write(doc)


if __name__ == '__main__':
    main()
