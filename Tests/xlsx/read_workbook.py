#!/usr/bin/env python3
"""Reads review.xlsx back with openpyxl and prints what the workbook tests check, as JSON.

    read_workbook.py FILE [SHEET:ROW | SHEET:* ...]

prints {"sheets": [...], "info": {sheet: {...}}, "headers": {sheet: [...]}, "rows": {"SHEET:ROW": [...]}}: every
sheet's name, size, frozen cell, autofilter, merged ranges, the rows given a height, the
printed orientation and the pages tall it fits to, its first row as text, and each requested row (1 is
the first; * asks for every row of a small sheet) as cells [value, Python type name, number format]. Dates come
as ISO text with type "datetime", so the test sees what Excel would: a date, a number or a string.

(Not named inspect.py like Tests/smtp's: a script's folder comes first on sys.path, and that name would hide the
standard library's inspect module, which numpy needs when openpyxl imports it.)
"""
import datetime
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    kind = type(value).__name__
    if isinstance(value, (datetime.datetime, datetime.date)):
        value = value.isoformat()
    return [value, kind, c.number_format]


def main():
    path, requests = sys.argv[1], sys.argv[2:]
    book = openpyxl.load_workbook(path)
    result = {"sheets": book.sheetnames, "info": {}, "headers": {}, "rows": {}}
    for sheet in book.worksheets:
        result["info"][sheet.title] = {
            "max_row": sheet.max_row,
            "max_column": sheet.max_column,
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
            "heights": {str(r): d.height for r, d in sheet.row_dimensions.items() if d.height is not None},
            "orientation": sheet.page_setup.orientation,
            "pagesTall": sheet.page_setup.fitToHeight,
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
        }
        result["headers"][sheet.title] = [
            "" if c.value is None else str(c.value) for c in next(sheet.iter_rows(min_row=1, max_row=1))
        ]
    for request in requests:
        name, _, row = request.rpartition(":")
        sheet = book[name]
        rows = range(1, sheet.max_row + 1) if row == "*" else [int(row)]
        result["rows"][request] = [
            [cell(c) for c in next(sheet.iter_rows(min_row=r, max_row=r, max_col=sheet.max_column))] for r in rows
        ]
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
