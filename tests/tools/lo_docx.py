#!/usr/bin/python3
"""Drive LibreOffice (headless, through UNO) over DOCX files, as a delegate's word processor
would, all jobs in one LibreOffice run (it takes seconds to start).

Usage: lo_docx.py JOBS.json
JOBS.json is a list of [action, input, output]; each opens input, acts, and saves output as
DOCX ("MS Word 2007 XML", the filter `soffice --convert-to docx` uses). Actions:
  resave   save unchanged
  accept   accept all tracked changes
  reject   reject all tracked changes
  edit     with change recording on, the edits EDITS below (made for WTSA Res. 1, English)
  items    with change recording on, new paragraphs of other styles after list items and
           provisions, and the last item of a list deleted (ITEMS below; WTSA Res. 1, English)
Prints one line per job; exits non-zero, naming the job, if an edit finds no place to act.
Run with Debian's /usr/bin/python3 (python3-uno comes with libreoffice-writer)."""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from lo_tracked import prop, running_office  # noqa: E402

AUTHOR = "Delegate"

# What a delegate does to WTSA Res. 1: change words in 1.5, delete 1.8, add 1.11.4 after 1.11.3,
# and move 1.9 to after 4.4 as 4.4bis: cut, then pasted and relabelled. (Not 1.12, as EUR moves it:
# cutting 1.12, just before the 1.13 heading, changes the base as read; docs/tricky_cases.md.)
CHANGE = ("the two following committees", "the following two committees")
DELETE = "All committees and groups referred to in 1.2 to 1.7 above"
AFTER = "WTSA shall receive and consider the reports, including"
ADDED = "1.11.4\tWTSA shall review the working methods of its committees."
MOVED = "Prior to the inaugural meeting of WTSA"
MOVED_LABEL = ("1.9", "4.4bis")
# 4.4's label and tab open its paragraph; a regular expression finds it, not "1.4.4" inside text.
TO_AFTER = "^4\\.4\t"


def find(doc, text, job):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit(f"{job}: `{text}` not found")
    return found


def edit(doc, job):
    doc.RecordChanges = True
    old, new = CHANGE
    find(doc, old, job).setString(new)
    # A whole provision, its paragraph mark included.
    start = find(doc, DELETE, job)
    cursor = doc.Text.createTextCursorByRange(start.Start)
    cursor.gotoStartOfParagraph(False)
    cursor.gotoNextParagraph(True)
    cursor.setString("")
    # A new provision: a paragraph break at the end of 1.11.3, then the text.
    at = find(doc, AFTER, job)
    cursor = doc.Text.createTextCursorByRange(at.Start)
    cursor.gotoEndOfParagraph(False)
    doc.Text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    doc.Text.insertString(cursor, ADDED, False)
    # A move as LibreOffice records a cut and paste: 1.9 deleted, its text inserted after 4.4.
    start = find(doc, MOVED, job)
    cursor = doc.Text.createTextCursorByRange(start.Start)
    cursor.gotoStartOfParagraph(False)
    cursor.gotoEndOfParagraph(True)
    moved = cursor.getString()
    old, new = MOVED_LABEL
    if not moved.startswith(old + "\t"):
        raise SystemExit(f"{job}: 1.9 reads `{moved[:20]}`")
    cursor.gotoStartOfParagraph(False)
    cursor.gotoNextParagraph(True)
    cursor.setString("")
    search = doc.createSearchDescriptor()
    search.SearchString = TO_AFTER
    search.SearchRegularExpression = True
    at = doc.findFirst(search)
    if at is None:
        raise SystemExit(f"{job}: 4.4 not found")
    cursor = doc.Text.createTextCursorByRange(at.Start)
    cursor.gotoEndOfParagraph(False)
    doc.Text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    doc.Text.insertString(cursor, new + moved[len(old):], False)


# Each new paragraph: after the paragraph holding the text, in the style (LibreOffice's names:
# "Standard" is Word's Normal), with the text. LibreOffice records each as its own paragraph
# mark inserted at the end of the one before, which keeps its mark and takes the new style.
ITEMS = [
    # A provision after the last item of 1.10, as a delegate adds 1.10bis.
    ("to draw up proposals concerning the designation", "Standard",
     "1.10bis\tThe heads of delegation shall also meet before each plenary meeting."),
    # A provision after the empty paragraph closing 1.4's list.
    ("The \"Editorial Committee\" perfects the wording", "Standard",
     "1.4bis\tThe Editorial Committee shall align the texts in the six languages."),
    # A shallower item after the deepest one, a deeper one after a provision.
    ("to adopt an alternative arrangement", "enumlev2",
     "v)bis\tpropose how study groups share a Question;"),
    ("propose the maintenance, establishment or termination of other groups", "enumlev1",
     "c)\tThe \"Committee on Strategy\", which reviews the ITU-T strategy."),
    ("The plenary meeting of a WTSA may set up", "enumlev1",
     "a)\tone for each matter the assembly refers to it."),
]
# An item of 1.3's list deleted whole. (Not the last: LibreOffice then saves the provision after
# it in the item's style, and its own reject-all keeps that style; docs/tricky_cases.md.)
ITEM_DELETED = "If an existing resolution identifies a priority issue"


def items(doc, job):
    doc.RecordChanges = True
    for after, style, text in ITEMS:
        cursor = doc.Text.createTextCursorByRange(find(doc, after, job).Start)
        cursor.gotoEndOfParagraph(False)
        doc.Text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        cursor.ParaStyleName = style
        doc.Text.insertString(cursor, text, False)
    cursor = doc.Text.createTextCursorByRange(find(doc, ITEM_DELETED, job).Start)
    cursor.gotoStartOfParagraph(False)
    cursor.gotoNextParagraph(True)
    cursor.setString("")


def set_author(ctx, name):
    """The name LibreOffice records on tracked changes (Tools > Options > User Data)."""
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    access.setPropertyValue("givenname", name)
    access.setPropertyValue("sn", "")
    access.commitChanges()


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    with running_office() as (profile, ctx):
        smgr = ctx.ServiceManager
        set_author(ctx, AUTHOR)
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx)
        for n, (action, source, target) in enumerate(jobs):
            job = f"job {n} ({action} {os.path.basename(source)})"
            # A private copy: LibreOffice leaves a lock file beside what it opens.
            path = os.path.join(profile, f"in{n}.docx")
            shutil.copyfile(source, path)
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                raise SystemExit(f"{job}: LibreOffice could not open it")
            if action in ("accept", "reject"):
                frame = doc.CurrentController.Frame
                verb = action.capitalize()
                dispatcher.executeDispatch(
                    frame, f".uno:{verb}AllTrackedChanges", "", 0, ())
            elif action == "edit":
                edit(doc, job)
            elif action == "items":
                items(doc, job)
            elif action != "resave":
                raise SystemExit(f"{job}: unknown action")
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                           (prop("FilterName", "MS Word 2007 XML"),))
            doc.close(True)
            print(f"{job}: saved {target}")


if __name__ == "__main__":
    main()
