#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the mail tests (aiosmtpd).

Prints `PORT <n>` on stdout once it accepts connections, then runs until killed or until --lifetime runs out.
Each message it accepts is written to OUT/<n>.eml (the bytes as received) with OUT/<n>.json beside it (the
envelope). With TLS (the default) it makes a self-signed certificate for 127.0.0.1 into OUT/tls/ with openssl,
requires STARTTLS before anything else and AUTH before MAIL; `--implicit-tls` serves TLS from the first byte
(smtps). `--data-reply "451 4.3.0 Try again later"` answers the end of DATA with that line instead of 250.

Exits 2 with a message on stderr when aiosmtpd or openssl is missing: the tests fail on that, never skip.
"""
import os
import sys

# This folder holds a script named inspect.py, which would shadow the standard library's inspect module
# (aiosmtpd and attrs import it): take the script's folder off the module path before importing anything else.
sys.path = [entry for entry in sys.path if os.path.abspath(entry or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:
    print("server.py: aiosmtpd is not installed (Scripts/bootstrap installs it: python3 -m pip install aiosmtpd)",
          file=sys.stderr)
    sys.exit(2)


def make_certificate(folder):
    if shutil.which("openssl") is None:
        print("server.py: openssl is not installed (apt-get install openssl)", file=sys.stderr)
        sys.exit(2)
    os.makedirs(folder, exist_ok=True)
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert, key


class Handler:
    def __init__(self, out, data_reply):
        self.out = out
        self.data_reply = data_reply
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        with self.lock:
            self.count += 1
            stem = os.path.join(self.out, "%04d" % self.count)
        with open(stem + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(stem + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        return "250 2.0.0 Message accepted as %04d" % self.count


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, help="folder for the received messages")
    parser.add_argument("--user", default="reports")
    parser.add_argument("--password", default="correct horse")
    parser.add_argument("--no-tls", action="store_true", help="offer neither STARTTLS nor TLS")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (smtps)")
    parser.add_argument("--data-reply", default=os.environ.get("SMTP_DATA_REPLY"),
                        help="answer the end of DATA with this line, e.g. '554 5.6.0 Rejected'")
    parser.add_argument("--lifetime", type=float, default=120, help="seconds before the server stops by itself")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == args.user.encode() and auth_data.password == args.password.encode())
        # handled=False: aiosmtpd then answers 535 itself (with the default it would answer nothing at all).
        return AuthResult(success=ok, handled=False)

    options = dict(authenticator=authenticate, auth_required=True)
    if args.no_tls:
        options.update(auth_require_tls=False)
    else:
        cert, key = make_certificate(os.path.join(args.out, "tls"))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        if args.implicit_tls:
            # aiosmtpd counts only STARTTLS as TLS for AUTH; here the whole connection is TLS already.
            options.update(ssl_context=context, auth_require_tls=False)
        else:
            options.update(tls_context=context, require_starttls=True)

    handler = Handler(args.out, args.data_reply)
    for attempt in range(20):
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
        try:
            controller.start()
            break
        except Exception as error:  # the port was taken between free_port() and start(): try another
            if attempt == 19:
                print("server.py: cannot start: %s" % error, file=sys.stderr)
                sys.exit(1)
    print("PORT %d" % port, flush=True)
    try:
        time.sleep(args.lifetime)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
