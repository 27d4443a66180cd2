#!/usr/bin/env python3
"""A loopback OAuth2 token endpoint for the test broker's OAUTHBEARER listener.

Issues RS256-signed JWTs for the OAuth2 client-credentials grant and publishes the signing key as a
JWKS, which Kafka's OAuthBearerValidatorCallbackHandler fetches to validate them. Standard library
only; the signatures come from the openssl command-line tool.

Usage: token_server.py --dir DIR --clients FILE [--issuer ISS]
  FILE: one "client_id:client_secret:lifetime" line per client; lifetime in seconds, negative for a
  token that expired that many seconds ago (to test how an expired token is reported).
  Writes DIR/token-endpoint (http://127.0.0.1:PORT/oauth2/token) and DIR/jwks-endpoint once it
  serves; DIR/token-requests.log counts every grant per client ("client_id status" lines).
Endpoints: POST /oauth2/token (client credentials in HTTP Basic auth or in the form),
GET /jwks.json. A wrong or unknown client gets 401 {"error": "invalid_client"}.
"""

import argparse
import base64
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse

KEY_ID = "alertdeck-test-key"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Signer:
    def __init__(self, directory):
        self.key = os.path.join(directory, "token-signing-key.pem")
        if not os.path.exists(self.key):
            subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                            "-out", self.key], check=True, capture_output=True)
        modulus = subprocess.run(["openssl", "rsa", "-in", self.key, "-noout", "-modulus"], check=True,
                                 capture_output=True, text=True).stdout.strip().split("=", 1)[1]
        self.jwks = {"keys": [{"kty": "RSA", "kid": KEY_ID, "use": "sig", "alg": "RS256",
                               "n": b64url(bytes.fromhex(modulus)), "e": b64url((65537).to_bytes(3, "big"))}]}

    def sign(self, claims):
        header = {"alg": "RS256", "typ": "JWT", "kid": KEY_ID}
        signing_input = (b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())).encode()
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.key], input=signing_input,
                                   check=True, capture_output=True).stdout
        return signing_input.decode() + "." + b64url(signature)


def read_clients(path):
    clients = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                client_id, secret, lifetime = line.rsplit(":", 2)
                clients[client_id] = (secret, int(lifetime))
    return clients


def credentials(handler, form):
    auth = handler.headers.get("Authorization", "")
    if auth.startswith("Basic "):
        decoded = base64.b64decode(auth[6:]).decode("utf-8")
        client_id, _, secret = decoded.partition(":")
        return urllib.parse.unquote_plus(client_id), urllib.parse.unquote_plus(secret)
    return form.get("client_id", [""])[0], form.get("client_secret", [""])[0]


def make_handler(signer, clients, issuer, log_path):
    log_lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass  # requests carry secrets in their headers; nothing is logged but the counts

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/jwks.json":
                self.reply(200, signer.jwks)
            else:
                self.reply(404, {"error": "not_found"})

        def do_POST(self):
            if self.path != "/oauth2/token":
                self.reply(404, {"error": "not_found"})
                return
            length = int(self.headers.get("Content-Length", "0"))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
            client_id, secret = credentials(self, form)
            known = clients.get(client_id)
            if form.get("grant_type", [""])[0] != "client_credentials":
                status, body = 400, {"error": "unsupported_grant_type"}
            elif known is None or known[0] != secret:
                status, body = 401, {"error": "invalid_client", "error_description": "Bad client credentials"}
            else:
                now = int(time.time())
                lifetime = known[1]
                claims = {"sub": client_id, "iss": issuer, "aud": "alertdeck-test-broker", "scope": "kafka",
                          "iat": now if lifetime > 0 else now + 2 * lifetime, "exp": now + lifetime}
                status, body = 200, {"access_token": signer.sign(claims), "token_type": "Bearer",
                                     "expires_in": lifetime}
            with log_lock, open(log_path, "a", encoding="utf-8") as log:
                log.write(f"{client_id} {status}\n")
            self.reply(status, body)

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--clients", required=True)
    parser.add_argument("--issuer", default="https://auth.alertdeck.test/")
    args = parser.parse_args()
    signer = Signer(args.dir)
    handler = make_handler(signer, read_clients(args.clients), args.issuer,
                           os.path.join(args.dir, "token-requests.log"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for name, url in (("jwks-endpoint", base + "/jwks.json"), ("token-endpoint", base + "/oauth2/token")):
        with open(os.path.join(args.dir, name + ".tmp"), "w", encoding="utf-8") as handle:
            handle.write(url + "\n")
        os.replace(os.path.join(args.dir, name + ".tmp"), os.path.join(args.dir, name))
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
