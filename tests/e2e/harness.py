"""What the end-to-end test scripts share: where the program and the exports are, running
the program, reading its outputs back (pdftotext, cijfers.csv), and the runner that runs
each test function, prints 'ok'/'FAIL' per test with a short traceback, and a closing line
'NAME: N passed, N failed'."""
import csv
import hashlib
import os
import re
import subprocess
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.abspath(os.environ.get("WIJKRAPPORT", os.path.join(ROOT, "build", "wijkrapport")))
SAMPLE = os.path.join(ROOT, "sample-data")
# The small part-2 fixture with its hand-computed figures, and the settings it needs.
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "bereik")
FIXTURE_CONFIG = os.path.join(ROOT, "tests", "fixtures", "config.ini")
# The publication date is today's date unless SOURCE_DATE_EPOCH says otherwise: the
# tests fix it at the sample quarter's last day (30 September 2026, noon UTC), so that
# what they expect does not depend on the day they run.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1790769600")


def test_registry():
    """A script's list of tests and the decorator that adds a function to it:
    TESTS, test = test_registry()."""
    tests = []

    def test(fn):
        tests.append(fn)
        return fn

    return tests, test


def run(*args, env=None):
    """Runs the program from the project root; env adds to (or overrides) the environment."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([PROGRAM, *args], capture_output=True, text=True, env=full_env, cwd=ROOT)


def tool(*args):
    """Runs a command-line tool (pdfinfo, qpdf ...) that must succeed; its standard output."""
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def pdftext(path, layout=False):
    """The text of a whole PDF; pages are separated by form feeds."""
    return tool("pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), path, "-")


def flat(s):
    """Text with every run of white space made one space, as words are compared."""
    return re.sub(r"\s+", " ", s).strip()


def cijfers_name(code, public=False):
    """The figures export of a period: exact values (the default settings) are marked as
    not public in the name; with bijlage_onderdrukken = ja it carries the public view."""
    return f"cijfers-{code}.csv" if public else f"cijfers-{code}-niet-openbaar.csv"


def read_cijfers(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def nl_count(value):
    """A count as the report prints it: 1234 -> '1.234'."""
    return f"{int(value):,}".replace(",", ".")


def run_tests(name, tests, cleanup=None):
    passed = failed = 0
    for fn in tests:
        try:
            fn()
            passed += 1
            print(f"ok   {fn.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc(limit=3)
    if cleanup:
        cleanup()
    print(f"{name}: {passed} passed, {failed} failed")
    return 1 if failed else 0
