#!/usr/bin/env python3
"""Prints what a person sees in a .docx, as JSON, for Tests/EndToEndTests/WordDocumentTests.swift.

Reads the document with python-docx (not with the tools that wrote it): the paragraphs (text and style), the
tables (each row's cell texts, each cell's paragraphs), the sections' page size and margins in millimetres, the
Normal style's font, and the number of pictures.

    python3 Tests/docx/inspect.py FILE.docx
"""

import sys

# This file's name is also the standard library's `inspect`, which lxml imports: drop this folder from the
# module path so that the library's module is found.
sys.path = [entry for entry in sys.path if entry not in ("", __file__.rsplit("/", 1)[0])]

import json  # noqa: E402

import docx  # noqa: E402


def millimetres(length):
    return None if length is None else round(length.mm, 1)


def main():
    document = docx.Document(sys.argv[1])
    normal = document.styles["Normal"].font
    result = {
        "paragraphs": [{"text": p.text, "style": p.style.name} for p in document.paragraphs],
        "tables": [
            [[{"text": cell.text, "paragraphs": [p.text for p in cell.paragraphs]} for cell in row.cells] for row in table.rows]
            for table in document.tables
        ],
        "sections": [
            {
                "pageWidth": millimetres(s.page_width),
                "pageHeight": millimetres(s.page_height),
                "top": millimetres(s.top_margin),
                "bottom": millimetres(s.bottom_margin),
                "left": millimetres(s.left_margin),
                "right": millimetres(s.right_margin),
            }
            for s in document.sections
        ],
        "normalFont": {"name": normal.name, "size": normal.size.pt if normal.size else None},
        "pictures": len(document.inline_shapes),
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
