#!/usr/bin/env python3
"""Prints a JSON summary of one received message, parsed by Python's own email package (not by the code
under test): decoded and raw headers, parser defects, the text body, and every attachment's filename, type,
size and SHA-256; a zip attachment's members are listed with theirs.

usage: inspect.py FILE.eml
"""
import os
import sys

# This folder holds a script named inspect.py, which would shadow the standard library's inspect module
# (aiosmtpd and attrs import it): take the script's folder off the module path before importing anything else.
sys.path = [entry for entry in sys.path if os.path.abspath(entry or ".") != os.path.dirname(os.path.abspath(__file__))]

import email
import email.policy
import hashlib
import io
import json
import zipfile


def main():
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    header_block = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", errors="replace")
    summary = {
        "headers": {name: str(message[name]) for name in
                    ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type")
                    if message[name] is not None},
        "raw_header_lines": header_block.split("\r\n"),
        "from_address": message["From"].addresses[0].addr_spec if message["From"] else None,
        "from_name": message["From"].addresses[0].display_name if message["From"] else None,
        "to_addresses": [a.addr_spec for a in message["To"].addresses] if message["To"] else [],
        "to_names": [a.display_name for a in message["To"].addresses] if message["To"] else [],
        "date_parsed": message["Date"].datetime.isoformat() if message["Date"] else None,
        "content_type": message.get_content_type(),
        "defects": [type(d).__name__ for part in message.walk() for d in part.defects],
        "ascii_only": all(b < 0x80 for b in raw),
        "body": None,
        "attachments": [],
    }
    body = message.get_body(preferencelist=("plain",))
    if body is not None:
        summary["body"] = body.get_content()
        summary["body_charset"] = body.get_content_charset()
        summary["body_transfer_encoding"] = body["Content-Transfer-Encoding"]
    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        entry = {
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "transfer_encoding": part["Content-Transfer-Encoding"],
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        if part.get_content_type() == "application/zip":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entry["members"] = [{
                    "name": info.filename,
                    "size": info.file_size,
                    "date_time": list(info.date_time),
                    "sha256": hashlib.sha256(archive.read(info)).hexdigest(),
                } for info in archive.infolist()]
                entry["zip_test"] = archive.testzip()
        summary["attachments"].append(entry)
    json.dump(summary, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
    print()


if __name__ == "__main__":
    main()
