#!/usr/bin/python3
"""Reads the running Heupwijzer through the AT-SPI accessibility bus, the way Orca does (issue 8).

Usage: check_tree.py PID. Waits (bounded) for the program to appear on the AT-SPI desktop, then asserts that the
named regions exist with their Dutch names, that the reading pane's text (the start page) can be read, and that a
chapter activated in the library can be read there too. Exit status 0 on
success, 1 with a message on stderr for every failed check.
"""
import os
import sys
import time

import pyatspi

APPEAR_TIMEOUT = 40.0   # seconds for the window to show up on the accessibility bus
TEXT_TIMEOUT = 20.0     # seconds for the start page to be laid out
MAX_NODES = 5000        # a tree larger than this means something walks in circles

# Accessible names the program sets (resources/translations/heupwijzer_nl.ts): a screen-reader user jumps
# between these regions.
REGIONS = {
    "Inhoud": "the library (table of contents)",
    "Leesvenster": "the reading pane",
    "Zoeken": "the search field",
    "Begrippen": "the glossary",
}
START_PAGE_WORDS = ["Welkom bij Heupwijzer", "Waar heb je pijn?"]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    return 1


def find_application(pid):
    deadline = time.monotonic() + APPEAR_TIMEOUT
    seen = []
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            sys.exit(fail("Heupwijzer (pid %d) exited before it appeared on the AT-SPI desktop" % pid))
        desktop = pyatspi.Registry.getDesktop(0)
        seen = []
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            try:
                seen.append(app.name)
                if app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:  # an application that quits while we look is not ours
                continue
        time.sleep(0.25)
    sys.exit(fail("Heupwijzer (pid %d) did not appear on the AT-SPI desktop within %.0f s; applications seen: %s"
                  % (pid, APPEAR_TIMEOUT, seen)))


def walk(root):
    """Every accessible below root, breadth first, bounded."""
    queue, nodes = [root], []
    while queue and len(nodes) < MAX_NODES:
        node = queue.pop(0)
        nodes.append(node)
        try:
            queue.extend(child for child in node if child is not None)
        except Exception:
            continue
    return nodes


def text_of(accessible):
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def main():
    pid = int(sys.argv[1])
    app = find_application(pid)
    failures = 0
    nodes = walk(app)
    by_name = {}
    for node in nodes:
        try:
            by_name.setdefault(node.name, []).append(node)
        except Exception:
            continue
    print("AT-SPI: %d accessibles under %r" % (len(nodes), app.name))
    for name, what in REGIONS.items():
        if name not in by_name:
            failures += fail("no accessible named %r (%s); names present: %s"
                             % (name, what, sorted(n for n in by_name if n)[:60]))
        else:
            roles = sorted({node.getRoleName() for node in by_name[name]})
            print("found %r (%s) as %s" % (name, what, ", ".join(roles)))

    panes = by_name.get("Leesvenster", [])
    deadline = time.monotonic() + TEXT_TIMEOUT
    text = ""
    while panes and time.monotonic() < deadline:
        text = " ".join(t for t in (text_of(pane) for pane in panes) if t)
        if all(word in text for word in START_PAGE_WORDS):
            break
        time.sleep(0.25)
    missing = [word for word in START_PAGE_WORDS if word not in text]
    if panes and missing:
        failures += fail("the reading pane's Text interface lacks %s; it reads: %r" % (missing, text[:300]))
    elif panes:
        print("reading pane text: %r" % text[:120])
    if panes and not missing:
        failures += open_chapter_from_library(by_name.get("Inhoud", []), panes[0])
    return 1 if failures else 0


def open_chapter_from_library(library, pane):
    """Clicks the first article of the library through AT-SPI and reads the chapter that opens."""
    trees = [node for node in library if node.getRoleName() == "tree"]
    cells = [child for tree in trees for child in tree if child.getRoleName() == "table cell" and child.name]
    if not cells:
        return fail("the library tree 'Inhoud' exposes no items")
    item = cells[0]
    box = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, pyatspi.MOUSE_B1C)
    expected = item.name.split()[0].strip(":,?")
    deadline = time.monotonic() + TEXT_TIMEOUT
    text = ""
    while time.monotonic() < deadline:
        text = text_of(pane) or ""
        if START_PAGE_WORDS[0] not in text and expected.lower() in text.lower():
            print("opened %r; reading pane text: %r" % (item.name, text[:120]))
            return 0
        time.sleep(0.25)
    return fail("after activating %r in the library the reading pane does not read a chapter with %r: %r"
                % (item.name, expected, text[:300]))


if __name__ == "__main__":
    sys.exit(main())
