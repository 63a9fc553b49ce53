#!/usr/bin/env python3
"""Rewrite every marked Java snippet of the given Markdown files from the tagged region of its example program.

A marked snippet is a ```java block right after a line <!-- snippet: ClassName#tag -->; a line @@ClassName#tag@@ is
expanded into such a block. The region is the text between // tag::tag[] and // end::tag[] in
examples/src/main/java/io/residentid/examples/ClassName.java, nested markers dropped and the common indentation
removed -- the same rule ReadmeSnippetsTest checks.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
SOURCES = ROOT / "src/main/java/io/residentid/examples"
MARKER = re.compile(r"^<!-- snippet: ([A-Za-z0-9_]+)#([A-Za-z0-9_-]+) -->$")
PLACEHOLDER = re.compile(r"^@@([A-Za-z0-9_]+)#([A-Za-z0-9_-]+)@@$")
TAG = re.compile(r"^\s*// (tag|end)::([A-Za-z0-9_-]+)\[\]\s*$")


def region(class_name, tag):
    lines = (SOURCES / (class_name + ".java")).read_text(encoding="utf-8").split("\n")
    out, inside = [], False
    for line in lines:
        m = TAG.match(line)
        if m and m.group(2) == tag:
            if m.group(1) == "tag":
                inside = True
                continue
            if inside:
                break
        elif inside and not m:
            out.append(line)
    else:
        raise SystemExit(f"no region {class_name}#{tag}")
    indent = min((len(l) - len(l.lstrip()) for l in out if l.strip()), default=0)
    return [l[indent:].rstrip() if l.strip() else "" for l in out]


def rewrite(text):
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        stripped = lines[i].strip()
        p, m = PLACEHOLDER.match(stripped), MARKER.match(stripped)
        if p:
            out += [f"<!-- snippet: {p.group(1)}#{p.group(2)} -->", "```java", *region(*p.groups()), "```"]
            i += 1
        elif m and i + 1 < len(lines) and lines[i + 1].strip() == "```java":
            end = i + 2
            while lines[end].strip() != "```":
                end += 1
            out += [lines[i], "```java", *region(*m.groups()), "```"]
            i = end + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = pathlib.Path(name)
        path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
