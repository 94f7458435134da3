#!/usr/bin/env python3
"""Prints what a person sees in a .docx, as JSON, for Tests/EndToEndTests/WordDocumentTests.swift.

Reads the document with python-docx (not with the tools that wrote it): the paragraphs (text and style), the
tables (each row's cell texts, each cell's paragraphs), the sections' page size and margins in millimetres,
whether they number their pages and their first texts, the
Normal style's font, the number of pictures, how many leading rows of each table repeat on every page, and whether its rows all say they
may not break across pages.

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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def section_texts(document):
    """The first two texts of each section (paragraphs and table cells, in order): a section ends with the
    paragraph that holds its page setup, the last one with the body."""
    sections, current = [], []
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            text = "".join(t.text or "" for t in child.iter(W + "t")).strip()
            if text and len(current) < 2:
                current.append(text)
            if child.find(W + "pPr/" + W + "sectPr") is not None:
                sections.append(current)
                current = []
        elif child.tag == W + "tbl":
            for t in child.iter(W + "t"):
                if (t.text or "").strip() and len(current) < 2:
                    current.append(t.text.strip())
        elif child.tag == W + "sectPr":
            sections.append(current)
    return sections


def heading_rows(table):
    """The table's leading rows marked to repeat at the top of each page (`w:tblHeader`)."""
    count = 0
    for row in table.rows:
        marked = row._tr.find(W + "trPr/" + W + "tblHeader")
        if marked is None or marked.get(W + "val", "true") in ("false", "0", "off"):
            break
        count += 1
    return count


def main():
    document = docx.Document(sys.argv[1])
    texts = section_texts(document)
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
                "titlePage": s.different_first_page_header_footer,
                # The page number: a header of its own or the one before, holding the PAGE field.
                "pageNumber": "PAGE" in s.header._element.xml if s.header._has_definition or index > 0 else False,
                "texts": texts[index] if index < len(texts) else [],
            }
            for index, s in enumerate(document.sections)
        ],
        "normalFont": {"name": normal.name, "size": normal.size.pt if normal.size else None},
        "pictures": len(document.inline_shapes),
        "headingRows": [heading_rows(table) for table in document.tables],
        "rowsKeptWhole": [
            all(row._tr.find(W + "trPr/" + W + "cantSplit") is not None for row in table.rows) for table in document.tables
        ],
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
