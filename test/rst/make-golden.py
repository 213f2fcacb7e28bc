#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden cases in test/fixtures/rst with docutils.

For each <name>.rst writes <name>.html (docutils' HTML body, html4css1 writer, initial_header_level 4,
no system messages inlined) and <name>.messages.json (every message of level >= 1 from a full parse,
including reference resolution). Needs docutils 0.19 (Debian's python3-docutils); the tests do not.
Usage: python3 test/rst/make-golden.py [fixture-dir]
"""
import io
import json
import os
import sys

import docutils.utils
from docutils.core import publish_parts


def render(text):
    messages = []
    original = docutils.utils.Reporter.system_message

    def record(self, level, message, *children, **kwargs):
        node = original(self, level, message, *children, **kwargs)
        if level >= 1:
            messages.append({"line": node.get("line"), "level": level, "message": str(message)})
        return node

    docutils.utils.Reporter.system_message = record
    try:
        parts = publish_parts(text, writer_name="html4css1", settings_overrides={
            "initial_header_level": 4, "report_level": 5, "halt_level": 5,
            "warning_stream": io.StringIO(), "syntax_highlight": "short"})
    finally:
        docutils.utils.Reporter.system_message = original
    return parts["body"], messages


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "fixtures", "rst")
    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".rst"))
    for name in names:
        with open(os.path.join(folder, name + ".rst"), newline="") as f:
            text = f.read()
        body, messages = render(text)
        with open(os.path.join(folder, name + ".html"), "w") as f:
            f.write(body)
        with open(os.path.join(folder, name + ".messages.json"), "w") as f:
            f.write(json.dumps(messages, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(names)} cases written to {folder}")


if __name__ == "__main__":
    main()
