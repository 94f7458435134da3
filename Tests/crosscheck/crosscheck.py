#!/usr/bin/env python3
"""An independent second route to the review's main totals.

Reads the demo XML with Python's own ElementTree (not libxml2, not the Swift code), recomputes the sector's
totals for a period and compares them with the CSV files the program published:

  crosscheck.py INPUTS REPORT_DIR PERIOD

Checked: PARTICIPANTS and SI-VOLUNTARY actuals and plans per year (baseline included), the fulfilment of the
last year, guidance documents issued by the board per year, movements by kind, awards by form split
collective/individual, and agency-level titles per year. Exit status 0 when everything agrees.
"""
import csv
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

SUB = "{urn:vn:vss:emulation-review:submission:v1}"
BOARD = "{urn:vn:vss:emulation-review:board:v1}"
REF = "{urn:vn:vss:emulation-review:reference:v1}"


def valid_submission(root):
    """The program's own consistency checks that the demo exercises: women within the total, unique ids."""
    w = root.find(SUB + "workforce")
    total = int(w.get("total"))
    if any(int(w.get(k)) > total or int(w.get(k)) < 0 for k in ("women", "directWorkers", "ethnicMinorities")):
        return False
    ids = [p.get("id") for p in root.iter(SUB + "person")]
    return len(ids) == len(set(ids)) and all(len(i) == 10 and i.isdigit() for i in ids)


def accepted_submissions(inputs, year):
    """agency -> root element of the highest valid revision."""
    best = {}
    folder = inputs / str(year)
    for path in sorted(folder.glob("*.xml")):
        root = ET.parse(path).getroot()
        if root.tag != SUB + "submission" or not valid_submission(root):
            continue
        agency, revision = root.get("agency"), int(root.get("revision"))
        if agency not in best or revision > best[agency][0]:
            best[agency] = (revision, root)
    return {agency: root for agency, (_, root) in best.items()}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main():
    inputs, reports, period = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    first, last = (int(p) for p in (period.split("-") + [period])[:2]) if "-" in period else (int(period), int(period))
    years = list(range(first - 1 if first != last else first, last + 1))
    failures = []

    def check(what, expected, actual):
        status = "ok " if expected == actual else "BAD"
        print(f"{status} {what}: XML {expected} / CSV {actual}")
        if expected != actual:
            failures.append(what)

    indicators = read_csv(reports / "indicators.csv")
    sector = {(int(r["year"]), r["indicator"]): r for r in indicators if r["scope"] == "sector"}
    for year in years:
        subs = accepted_submissions(inputs, year)
        board = ET.parse(inputs / str(year) / "board.xml").getroot()
        for code in ("PARTICIPANTS", "SI-VOLUNTARY"):
            actual = sum(Decimal(i.get("actual")) for s in subs.values() for i in s.iter(SUB + "indicator") if i.get("code") == code)
            plan = sum(Decimal(t.get("value")) for t in board.iter(BOARD + "target") if t.get("indicator") == code)
            row = sector[(year, code)]
            check(f"{year} {code} actual", actual, Decimal(row["actual"]))
            check(f"{year} {code} plan", plan, Decimal(row["plan"]))
            if year == last:
                fulfilment = (actual / plan * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                check(f"{year} {code} fulfilment %", fulfilment, Decimal(row["fulfilment_percent"]))
        if year >= first:
            titles = Counter(t.get("award") for s in subs.values() for t in s.iter(SUB + "title"))
            csv_titles = Counter(r["award"] for r in read_csv(reports / "awards.csv")
                                 if r["source"] == "submission" and int(r["year"]) == year)
            check(f"{year} titles in submissions", dict(sorted(titles.items())), dict(sorted(csv_titles.items())))

    documents = Counter(int(r["year"]) for r in read_csv(reports / "documents.csv") if r["issuer"] == "VSS")
    for year in range(first, last + 1):
        board = ET.parse(inputs / str(year) / "board.xml").getroot()
        check(f"{year} board guidance documents", len(board.findall(f"{BOARD}documents/{BOARD}document")), documents[year])

    catalogue = ET.parse(inputs / "reference" / "catalogue.xml").getroot()
    kinds = Counter()
    for m in catalogue.iter(REF + "movement"):
        start, end = m.get("start"), m.get("end") or "9999-12-31"
        if start <= f"{last}-12-31" and end >= f"{first}-01-01":
            kinds[m.get("kind")] += 1
    check("movements by kind", dict(sorted(kinds.items())), dict(sorted(Counter(r["kind"] for r in read_csv(reports / "movements.csv")).items())))

    decided = Counter()
    for year in range(first, last + 1):
        board = ET.parse(inputs / str(year) / "board.xml").getroot()
        for d in board.iter(BOARD + "decision"):
            for r in d.iter(BOARD + "recipient"):
                decided[(d.get("award"), "individual" if r.get("kind") == "person" else "collective")] += 1
    csv_decided = Counter((r["award"], "individual" if r["recipient_kind"] == "person" else "collective")
                          for r in read_csv(reports / "awards.csv") if r["source"] == "decision")
    check("awards decided by the board, by form", sorted(decided.items()), sorted(csv_decided.items()))

    print(f"{len(failures)} failed" if failures else "all totals agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
