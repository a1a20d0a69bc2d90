#!/usr/bin/env python3
"""A fake PA public API: a real XML-RPC peer (xmlrpc.server) on 127.0.0.1 for the tests.

It prints the port it listens on as the first line of stdout, then serves until killed.
Every call needs HTTP Basic auth (login / password from the scenario), and takes one struct
parameter, answering {status: 0, result: ...} or PA's error envelope {status: -1, extype_id,
module_id, error_message, properties: {reason}} (DESIGN.md, "PA public API"): the statistics
report "report-for-cep" is an XML text with <ClientVersion>; pem.getServiceTemplateList refuses a
call without owner_id (int) and active (boolean); pem.getServiceTemplate takes booleans and gives
activation parameters (act_params [{var_name, var_value}]) only with get_full_info;
pem.getResourceTypesByClass gives none; a caller PA does not allow sees the connection reset.

Scenario (a JSON file given with --scenario, every key optional; command-line flags override):
  login, password        the credentials to accept (default admin / secret)
  mode                   normal | host-not-allowed | reset | fault | unknown-method | unknown-method-status |
                         slow | malformed | oversized | endless | leaky-error | echo-auth
                         ("reset": the connection is reset after the request, as PA does for a caller
                         outside the Public API's Allowed Networks; "host-not-allowed": an error text)
  echoAuthIn             for "echo-auth": "error" (default) puts the request's Authorization header in
                         error_message; "result" answers status 0 with it in the result
  declaredLength         for "endless": the Content-Length to declare (omit it: no length, the answer
                         ends when the connection closes)
  sentLog                for "endless": a file that receives the number of body bytes written
                         before the client went away
  slowSeconds            how long "slow" sleeps before answering (default 5)
  version                the PA version in the statistics report (default 5.4.4): report-for-cep's
                         <ClientVersion> is "oa-<version>-1234", the poaVersion report's value is it
  reportForCep           false: this PA does not know report-for-cep (an error; the poaVersion report works)
  apps                   {"<app_id>": [instance ids]}
  instances              {"<instance id>": {"package_version": ..., "status": ..., "rt_id": ...}}
  settings               {"<instance id>": [{"name": ..., "value": ...}]}
  serviceResourceTypes   {"<instance id>": [{"service_id", "service_resource_type_id", "settings": [...]}]}
                         (service_id "" in the call: every service)
  resourceTypes          {"<resclass_name>": [{"resource_type_id", "resource_type_name"}]} (act_params
                         given here are dropped: PA gives them only with a service template)
  serviceTemplates       [{"st_id", "name", "resource_types": [{"resource_type_id", "resource_type_name",
                         "act_params": [{"var_name", "var_value"}]}, ...]}]; without this key
                         pem.getServiceTemplateList and pem.getServiceTemplate are unknown methods
  unknownMethods         method names this PA does not have (answered like an unknown method)
  listMethods            false: system.listMethods is an unknown method (default: it lists the methods)
  unlisted               method names system.listMethods leaves out (they still answer when called)
  results                {"<method>": raw result}: replaces the computed result of a method
"""

import argparse
import base64
import json
import socket
import socketserver
import struct
import sys
import time
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

HOST_NOT_ALLOWED = "Access denied: host 127.0.0.1 is not allowed to use the public API"

MALFORMED = (b"<?xml version='1.0'?>\n<methodResponse><params><param><value><struct>"
             b"<member><name>status</name></value></param></params></methodResponse>\n")


def load_scenario():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario")
    parser.add_argument("--mode")
    parser.add_argument("--login")
    parser.add_argument("--password")
    parser.add_argument("--version")
    parser.add_argument("--slow-seconds", type=float)
    args = parser.parse_args()
    scenario = {}
    if args.scenario:
        with open(args.scenario, encoding="utf-8") as f:
            scenario = json.load(f)
    for key, value in (("mode", args.mode), ("login", args.login), ("password", args.password),
                       ("version", args.version), ("slowSeconds", args.slow_seconds)):
        if value is not None:
            scenario[key] = value
    scenario.setdefault("login", "admin")
    scenario.setdefault("password", "secret")
    scenario.setdefault("mode", "normal")
    scenario.setdefault("version", "5.4.4")
    scenario.setdefault("slowSeconds", 5)
    return scenario


SCENARIO = load_scenario()


def ok(result):
    return {"status": 0, "result": result}


def error(message, code=1, module="PEM", reason=None):
    return {"status": -1, "extype_id": code, "module_id": module, "error_message": message,
            "properties": {"reason": reason or message}}


def by_id(table, key):
    return (SCENARIO.get(table) or {}).get(str(key))


def method_statistics(params):
    reports = params.get("reports")
    name = reports[0].get("name") if isinstance(reports, list) and reports and isinstance(reports[0], dict) else None
    if name == "report-for-cep" and SCENARIO.get("reportForCep", True):
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<CEPReport><ClientVersion>oa-%s-1234</ClientVersion>'
               '<Accounts>12</Accounts></CEPReport>' % SCENARIO["version"])
        return ok([{"name": name, "value": xml}])
    if name == "poaVersion":
        return ok([{"name": "poaVersion", "value": SCENARIO["version"]}])
    return error("Report '%s' is not found" % name, 3001, "Statistics")


def method_instances(params):
    ids = by_id("apps", params.get("app_id"))
    if ids is None:
        return error("Application %s not found" % params.get("app_id"), 2, "APS")
    return ok([{"application_instance_id": i} for i in ids])


def method_instance(params):
    inst = by_id("instances", params.get("application_instance_id"))
    if inst is None:
        return error("Application instance %s not found" % params.get("application_instance_id"), 3, "APS")
    return ok(dict(inst, application_instance_id=params.get("application_instance_id")))


def method_settings(params):
    settings = by_id("settings", params.get("application_instance_id"))
    return ok(settings or [])


def method_service_resource_types(params):
    types = by_id("serviceResourceTypes", params.get("application_instance_id")) or []
    service = params.get("service_id")
    return ok([t for t in types if not service or t.get("service_id", service) == service])


def method_resource_types_by_class(params):
    types = (SCENARIO.get("resourceTypes") or {}).get(params.get("resclass_name"), [])
    return ok([{k: v for k, v in t.items() if k != "act_params"} if isinstance(t, dict) else t for t in types])


def invalid_arguments(reason):
    return error("Invalid set of arguments", 2001, "PEM", reason)


def method_service_template_list(params):
    if type(params.get("owner_id")) is not int or type(params.get("active")) is not bool:
        return invalid_arguments("owner_id (int) and active (boolean) are required")
    if params["owner_id"] != 1:
        return ok([])
    return ok([{"st_id": t.get("st_id"), "name": t.get("name"), "active": True, "owner_id": 1}
               for t in SCENARIO.get("serviceTemplates") or []])


def method_service_template(params):
    for flag in ("get_resources", "get_full_info"):
        if flag in params and type(params[flag]) is not bool:
            return invalid_arguments("%s must be a boolean" % flag)
    for t in SCENARIO.get("serviceTemplates") or []:
        if str(t.get("st_id")) == str(params.get("st_id")):
            answer = {k: v for k, v in t.items() if k != "resource_types"}
            if params.get("get_resources"):
                full = params.get("get_full_info")
                answer["resource_types"] = [rt if full or not isinstance(rt, dict) else
                                            {k: v for k, v in rt.items() if k != "act_params"}
                                            for rt in t.get("resource_types", [])]
            return ok(answer)
    return error("Service template %s not found" % params.get("st_id"), 4)


TEMPLATE_METHODS = ("pem.getServiceTemplateList", "pem.getServiceTemplate")

METHODS = {
    "pem.statistics.getStatisticsReport": method_statistics,
    "pem.APS.getApplicationInstances": method_instances,
    "pem.APS.getApplicationInstance": method_instance,
    "pem.APS.getApplicationInstanceSettings": method_settings,
    "pem.APS.getApplicationInstanceServiceResourceTypes": method_service_resource_types,
    "pem.getResourceTypesByClass": method_resource_types_by_class,
    "pem.getServiceTemplateList": method_service_template_list,
    "pem.getServiceTemplate": method_service_template,
}


def known(method):
    if SCENARIO["mode"] in ("unknown-method", "unknown-method-status"):
        return False
    if method in TEMPLATE_METHODS and "serviceTemplates" not in SCENARIO:
        return False
    return method in METHODS and method not in (SCENARIO.get("unknownMethods") or [])


class Server(socketserver.ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True

    def _dispatch(self, method, params):
        mode = SCENARIO["mode"]
        if mode == "slow":
            time.sleep(float(SCENARIO["slowSeconds"]))
        if method == "system.listMethods":
            # XML-RPC introspection: the bare list of names (no {status, result}), no parameters.
            if not SCENARIO.get("listMethods", True) or mode in ("unknown-method", "unknown-method-status"):
                raise xmlrpc.client.Fault(1, 'method "%s" is not supported' % method)
            hidden = SCENARIO.get("unlisted") or []
            return [m for m in list(METHODS) + ["pem.getMethodSignature"] if known(m) and m not in hidden]
        if len(params) != 1 or not isinstance(params[0], dict):
            return error("Each method takes one struct parameter", 10)
        arg = params[0]
        if mode == "host-not-allowed":
            return error(HOST_NOT_ALLOWED, 401, "PEM")
        if mode == "fault":
            raise xmlrpc.client.Fault(42, "Internal server error: the database is locked")
        if mode == "leaky-error":
            return error("Internal error for %s/%s" % (SCENARIO["login"], SCENARIO["password"]), 5)
        if method == "pem.getMethodSignature":
            name = arg.get("method_name")
            if known(name):
                return ok(["struct", "struct"])
            return error('Method "%s" not found' % name, 1)
        if not known(method):
            if mode == "unknown-method-status":
                return error("Unknown method %s" % method, 1)
            raise xmlrpc.client.Fault(1, 'method "%s" is not supported' % method)
        if method in (SCENARIO.get("results") or {}):
            return SCENARIO["results"][method]
        return METHODS[method](arg)


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)

    def log_message(self, fmt, *args):  # keep the test output clean
        pass

    def authorized(self):
        expected = "Basic " + base64.b64encode(
            ("%s:%s" % (SCENARIO["login"], SCENARIO["password"])).encode("utf-8")).decode("ascii")
        return self.headers.get("Authorization") == expected

    def raw(self, body, status=200):
        self.send_response(status)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        if not self.authorized():
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="PA API"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        mode = SCENARIO["mode"]
        if mode == "reset":
            # PA's answer to a caller outside the Allowed Networks (CloudBlue KB 121937): a TCP reset.
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if mode in ("malformed", "oversized"):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            if mode == "malformed":
                self.raw(MALFORMED)
            else:
                big = "x" * (9 * 1024 * 1024)
                self.raw(xmlrpc.client.dumps(({"status": 0, "result": big},), methodresponse=True).encode("utf-8"))
            return
        if mode == "echo-auth":
            # A server that quotes the request back: the Basic credential must not reach the user.
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            seen = self.headers.get("Authorization") or ""
            if SCENARIO.get("echoAuthIn") == "result":
                answer = ok([{"application_instance_id": 11, "seen": seen}])
            else:
                answer = error("Request refused; headers were Authorization: %s" % seen, 7)
            self.raw(xmlrpc.client.dumps((answer,), methodresponse=True).encode("utf-8"))
            return
        if mode == "endless":
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.endless()
            return
        super().do_POST()

    def endless(self):
        # An answer that never ends: the client must stop reading at its cap. A short pause per
        # chunk keeps the kernel's socket buffers from hiding how much the client took.
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        if SCENARIO.get("declaredLength") is not None:
            self.send_header("Content-Length", str(SCENARIO["declaredLength"]))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->"
        sent = 0
        try:
            self.wfile.write(b"<?xml version='1.0'?>\n<methodResponse>")
            while sent < 64 * 1024 * 1024:
                self.wfile.write(chunk)
                self.wfile.flush()
                sent += len(chunk)
                time.sleep(0.001)
        except OSError:
            pass
        finally:
            self.close_connection = True
            if SCENARIO.get("sentLog"):
                with open(SCENARIO["sentLog"], "w", encoding="utf-8") as f:
                    f.write(str(sent))


def main():
    server = Server(("127.0.0.1", 0), requestHandler=Handler, allow_none=True, logRequests=False)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
