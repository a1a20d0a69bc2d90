#!/usr/bin/env python3
"""A tiny HTTP proxy for tests: CONNECT only, on 127.0.0.1. Answers 407 with Proxy-Authenticate: Basic until the
request carries the right Proxy-Authorization, then tunnels to 127.0.0.1 at the requested port, whatever the host
name (so that certificates for made-up host names work). Prints "PORT <n>" first, then one line per CONNECT:
"CONNECT host:port 407" or "CONNECT host:port 200"."""
import argparse
import base64
import select
import socket
import sys
import threading


def log(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def read_head(conn, buffered):
    data = buffered
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None, b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head.decode("latin-1"), rest


def pipe(a, b):
    sockets = [a, b]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 30)
            if not readable:
                return
            for s in readable:
                data = s.recv(65536)
                if not data:
                    return
                (b if s is a else a).sendall(data)
    except OSError:
        pass


def handle(conn, expected):
    buffered = b""
    try:
        while True:
            head, buffered = read_head(conn, buffered)
            if head is None:
                return
            lines = head.split("\r\n")
            parts = lines[0].split()
            if len(parts) < 2 or parts[0] != "CONNECT":
                conn.sendall(b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            target = parts[1]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if headers.get("proxy-authorization") != expected:
                log("CONNECT %s 407" % target)
                conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                             b"Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                             b"Content-Length: 0\r\n\r\n")
                continue
            port = int(target.rsplit(":", 1)[1])
            upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
            log("CONNECT %s 200" % target)
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if buffered:
                upstream.sendall(buffered)
            pipe(conn, upstream)
            upstream.close()
            return
    except OSError:
        pass
    finally:
        conn.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    expected = "Basic " + base64.b64encode(("%s:%s" % (args.user, args.password)).encode()).decode()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    log("PORT %d" % server.getsockname()[1])
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn, expected), daemon=True).start()


if __name__ == "__main__":
    main()
