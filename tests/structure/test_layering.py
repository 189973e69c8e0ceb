#!/usr/bin/python3
"""The dependency rule of docs/architecture.md, read off the #include lines of src/.

1. A file includes only from its own stage or from stages below it.
2. Stages above the figures model never include input/: outputs show what the model
   holds, never the records it was computed from.
3. No loops between modules (a module is a .c file with its .h): if a.c/a.h includes
   b.h, a depends on b; a cycle of two or more modules fails, except the ones listed in
   ALLOWED_CYCLES with the reason.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SRC = os.path.join(ROOT, "src")

# Lowest first; stages of equal rank may not include each other.
RANK = {"base": 0, "config": 1, "input": 2, "figures": 3, "narrative": 4, "fill": 5,
        "blocks": 6, "render": 7, "export": 7, "app": 8}
NO_INPUT = {"fill", "blocks", "render", "export"}
# Real recursion: a module that calls back into the one that called it, by design.
ALLOWED_CYCLES = {}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources():
    for dirpath, _, names in os.walk(SRC):
        for name in sorted(names):
            if name.endswith((".c", ".h", ".cc")):
                yield os.path.relpath(os.path.join(dirpath, name), SRC)


def stage(path):
    return path.split("/", 1)[0]


def module(path):
    """A module is a .c file with its .h; foo_internal.h belongs to module foo."""
    base = os.path.splitext(path)[0]
    return base[: -len("_internal")] if base.endswith("_internal") else base


def main():
    failures = []
    checks = 0
    deps = {}
    for path in sources():
        text = open(os.path.join(SRC, path), encoding="utf-8").read()
        own = stage(path)
        if own not in RANK:
            failures.append(f"{path}: folder '{own}' is not a stage of docs/architecture.md")
            continue
        for inc in INCLUDE.findall(text):
            checks += 1
            if not os.path.exists(os.path.join(SRC, inc)):
                failures.append(f"{path}: includes '{inc}', which is not a path from src/")
                continue
            other = stage(inc)
            if other != own and RANK[other] >= RANK[own]:
                failures.append(f"{path}: includes {inc} from stage '{other}', not below '{own}'")
            if own in NO_INPUT and other == "input":
                failures.append(f"{path}: stage '{own}' reads input data through {inc}; use the figures model")
            if module(inc) != module(path):
                deps.setdefault(module(path), set()).add(module(inc))
    # Cycles: Tarjan's strongly connected components.
    index, low, on, stack, sccs, counter = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in deps.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in list(deps):
        if v not in index:
            visit(v)
    for comp in sccs:
        key = frozenset(comp)
        if key not in ALLOWED_CYCLES:
            failures.append("loop between modules: " + " <-> ".join(comp))
    for f in failures:
        print("FAIL", f)
    passed = checks + 1 - len(failures) if not failures else checks - len(failures)
    print(f"layering: {max(passed, 0)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
