#!/usr/bin/python3
"""Open a DOCX in LibreOffice (headless, through UNO) and report, as JSON on stdout:
the tracked changes LibreOffice sees (count per type), and the paragraphs (style, text) after
accepting all changes and after rejecting all changes.

Usage: lo_tracked.py FILE.docx
Run with Debian's /usr/bin/python3 (python3-uno comes with libreoffice-writer)."""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer on its pipe within 60 s")


def paragraphs(doc):
    out = []
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        p = enum.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph"):
            out.append([p.ParaStyleName, p.getString()])
    return out


@contextlib.contextmanager
def running_office():
    """A headless LibreOffice in a private profile, reached through a pipe: yields the profile
    folder and the component context; stops LibreOffice and removes the profile after."""
    profile = tempfile.mkdtemp(prefix="resdiff-lo-")
    pipe = "resdiff_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=file://" + profile,
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ctx = None
    try:
        ctx = connect(pipe)
        yield profile, ctx
    finally:
        try:
            if ctx is not None:
                ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    with running_office() as (profile, ctx):
        # A private copy: LibreOffice leaves a lock file beside what it opens, and a stale lock
        # (from a killed run) would stop the next run from opening the file.
        path = os.path.join(profile, "input.docx")
        shutil.copyfile(sys.argv[1], path)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx)
        url = uno.systemPathToFileUrl(path)
        result = {}
        for action in ("Accept", "Reject"):
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                raise SystemExit(f"LibreOffice could not open {path}")
            if action == "Accept":
                counts = {}
                enum = doc.Redlines.createEnumeration()
                while enum.hasMoreElements():
                    kind = enum.nextElement().RedlineType
                    counts[kind] = counts.get(kind, 0) + 1
                result["redlines"] = counts
                result["authors"] = sorted({r.RedlineAuthor for r in iter_redlines(doc)})
                result["original"] = paragraphs(doc)
                notes = doc.Footnotes
                # An automatic note has no label: its anchor holds the number LibreOffice shows.
                result["footnotes"] = [
                    [
                        notes.getByIndex(i).Label or notes.getByIndex(i).Anchor.String,
                        notes.getByIndex(i).String,
                    ]
                    for i in range(notes.Count)
                ]
            frame = doc.CurrentController.Frame
            dispatcher.executeDispatch(frame, f".uno:{action}AllTrackedChanges", "", 0, ())
            result[action.lower() + "ed"] = paragraphs(doc)
            result[action.lower() + "ed_redlines_left"] = len(list(iter_redlines(doc)))
            doc.close(True)
        json.dump(result, sys.stdout, ensure_ascii=False)


def iter_redlines(doc):
    enum = doc.Redlines.createEnumeration()
    while enum.hasMoreElements():
        yield enum.nextElement()


if __name__ == "__main__":
    main()
