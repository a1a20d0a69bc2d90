#!/usr/bin/env python3
"""The architecture's rules, checked on the sources (docs/ARCHITECTURE.md explains them).

1. app/ is the core: no file under app/ includes a header of wizard_pages/.
2. Folders include only folders below them, in this order (a folder may include itself):
   core < session < net < kb < checks < paapi < stages < procedure < report < training.
   Stage folders do not include each other, except stages/application (the IIS-application
   shape the gateway and dispatcher stages share), which includes no other stage folder.
3. A stage's step-id literals ("gateway.7e") appear only in its own stage folder, in the KB
   catalogue data and in training data (comments are not code).
4. No .cpp is over 500 lines, except the KB catalogue data.

    check_architecture.py SOURCE_DIR        exit 0 when every rule holds, else 1 with one line each
    check_architecture.py --layers SOURCE_DIR   rules 1–3 only (the includes and step ids)
    check_architecture.py --self-test       the rules catch what they must, on a tree of its own
"""
import os
import re
import sys

LAYERS = ["core", "session", "net", "kb", "checks", "paapi", "stages", "procedure", "report", "training"]
GUI_FOLDERS = {"dialogs", "widgets", "pages"}
STAGES = ["start", "gateway", "dispatcher", "provisioning", "paapp", "features", "signoff"]
STEP_ID = re.compile(r'"(%s)\.[A-Za-z0-9][A-Za-z0-9.]*"' % "|".join(STAGES))
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
CATALOGUE_DATA = "app/kb/ProcedureCatalogueData.cpp"
MAX_LINES = 500


def strip_comments(text):
    """C++ source without its comments; string literals are kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            out.append("\n" * text.count("\n", i, n if j < 0 else j))
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def folder_of(rel):
    """'app/stages/gateway/X.h' -> ('stages', 'gateway'); 'app/core/X.h' -> ('core', None)."""
    parts = rel.split("/")
    if parts[1] == "stages":
        return "stages", parts[2]
    return parts[1], None


def sources(root, top):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for f in sorted(files):
            if f.endswith((".h", ".cpp")):
                path = os.path.join(dirpath, f)
                yield os.path.relpath(path, root).replace(os.sep, "/"), path


def check(root):
    problems = []
    for rel, path in sources(root, "app"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        code = strip_comments(text)
        layer, stage = folder_of(rel)
        if layer not in LAYERS:
            problems.append(f"{rel}: folder app/{layer}/ is not one of the layers {LAYERS}")
            continue
        for inc in INCLUDE.findall(code):
            if "/" not in inc:
                continue  # the file's own header, beside it
            head = inc.split("/")[0]
            if head in GUI_FOLDERS:
                problems.append(f"{rel}: includes \"{inc}\" from wizard_pages/ (the core must not need the GUI)")
            elif head not in LAYERS:
                continue  # a library's header ("quazip/quazip.h")
            elif LAYERS.index(head) > LAYERS.index(layer):
                problems.append(f"{rel}: app/{layer}/ includes \"{inc}\" from the higher layer app/{head}/")
            elif head == "stages" and layer == "stages":
                other = inc.split("/")[1]
                if other != stage and not (other == "application" and stage != "application"):
                    problems.append(f"{rel}: stages/{stage}/ includes \"{inc}\" of another stage")
        if rel != CATALOGUE_DATA and layer != "training":
            for m in STEP_ID.finditer(code):
                if not (layer == "stages" and stage == m.group(1)):
                    line = code.count("\n", 0, m.start()) + 1
                    problems.append(f"{rel}:{line}: step id {m.group(0)} outside app/stages/{m.group(1)}/")
        if rel.endswith(".cpp") and rel != CATALOGUE_DATA:
            lines = text.count("\n")
            if lines > MAX_LINES:
                problems.append(f"{rel}: {lines} lines (at most {MAX_LINES}: split it by job)")
    for rel, path in sources(root, "wizard_pages"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        code = strip_comments(text)
        for m in STEP_ID.finditer(code):
            line = code.count("\n", 0, m.start()) + 1
            problems.append(f"{rel}:{line}: step id {m.group(0)} in the GUI (ask the stage's definition)")
        if rel.endswith(".cpp") and text.count("\n") > MAX_LINES:
            problems.append(f"{rel}: {text.count(chr(10))} lines (at most {MAX_LINES}: split it by job)")
    return problems


def self_test():
    """Each rule on a small tree: one file that breaks it, and the same without the break."""
    import tempfile
    cases = {
        "app/core/A.cpp": ('#include "widgets/StepRowWidget.h"\n', "from wizard_pages/"),
        "app/session/B.cpp": ('#include "procedure/Procedure.h"\n', "higher layer"),
        "app/stages/gateway/C.cpp": ('#include "stages/dispatcher/DispatcherStage.h"\n', "of another stage"),
        "app/stages/application/D.cpp": ('#include "stages/gateway/GatewayStage.h"\n', "of another stage"),
        "app/report/E.cpp": ('auto s = QStringLiteral("gateway.7e");\n', "outside app/stages/gateway/"),
        "app/stages/paapp/F.cpp": ('auto s = QStringLiteral("gateway.1e");\n', "outside app/stages/gateway/"),
        "wizard_pages/pages/G.cpp": ('auto s = QStringLiteral("paapp.3");\n', "in the GUI"),
        "app/net/H.cpp": ("int x;\n" * 501, "501 lines"),
    }
    allowed = {
        "app/stages/gateway/I.cpp": '#include "stages/application/ApplicationStage.h"\nauto s = "gateway.7e";\n',
        "app/procedure/J.cpp": '#include "kb/StageDefinition.h"\n// "gateway.7e" in a comment\n/* "paapp.3" */\n',
        "app/training/K.cpp": 'auto s = "dispatcher.8c";\n',
        "app/kb/ProcedureCatalogueData.cpp": 'auto s = "signoff.confirm";\n' + "int y;\n" * 600,
        "app/core/L.cpp": '#include "quazip/quazip.h"\nauto url = "https://gateway.example.com";\n',
    }
    failures = []
    with tempfile.TemporaryDirectory() as root:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as fh:
                fh.write(text)
        for rel, text in allowed.items():
            write(rel, text)
        if check(root):
            failures.append(f"allowed files reported: {check(root)}")
        for rel, (text, expected) in cases.items():
            write(rel, text)
            found = [p for p in check(root) if p.startswith(rel)]
            if not any(expected in p for p in found):
                failures.append(f"{rel}: expected a problem with '{expected}', got {found}")
            os.remove(os.path.join(root, rel))
    for f in failures:
        print(f)
    print(f"architecture self-test: {len(cases)} rule breaks, {len(failures)} missed")
    return 1 if failures else 0


def main(root, layers_only=False):
    problems = check(root)
    if layers_only:
        problems = [p for p in problems if "lines (at most" not in p]
    for p in problems:
        print(p)
    print(f"architecture: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--self-test"]:
        sys.exit(self_test())
    if len(args) == 2 and args[0] == "--layers":
        sys.exit(main(args[1], layers_only=True))
    if len(args) != 1:
        sys.exit(__doc__)
    sys.exit(main(args[0]))
