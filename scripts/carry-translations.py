#!/usr/bin/env python3
"""Carry translations over to messages whose context moved.

When a string moves to another class (its tr() context changes), lupdate sees a new, unfinished
message and drops the old one. This fills every unfinished message of NEW from OLD (a .ts from
before the move, e.g. `git show HEAD:translations/o365_de.ts`) where the source text, comment and
form count are identical; then run `cmake --build BUILD --target update_translations` again,
which rewrites the files in lupdate's own layout.

    scripts/carry-translations.py OLD.ts NEW.ts
"""
import sys
import xml.etree.ElementTree as ET


def key(msg):
    return (msg.findtext("source") or "", msg.findtext("comment") or "", msg.get("numerus") == "yes")


def main(old_path, new_path):
    known = {}
    for msg in ET.parse(old_path).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
            known.setdefault(key(msg), tr)
    tree = ET.parse(new_path)
    carried = missing = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        old = known.get(key(msg))
        if old is None:
            missing += 1
            continue
        msg.remove(tr)
        copy = ET.fromstring(ET.tostring(old))
        copy.tail = tr.tail
        msg.append(copy)
        carried += 1
    tree.write(new_path, encoding="utf-8", xml_declaration=True)
    print(f"{new_path}: {carried} carried over, {missing} still unfinished")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
