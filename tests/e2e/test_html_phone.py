#!/usr/bin/python3
"""The HTML reports on a phone (390 px wide) and on a desktop screen (1280 px), in
Debian's Chromium (tests/e2e/html/phone.mjs): no chart text under 12 px, every table
column reachable by scrolling with a visible cue and the first column fixed, nothing
else wider than the screen, and axe-core at zero violations at both widths.
Prints 'e2e html telefoon: N passed, N failed'."""
import json
import os
import shutil
import subprocess
import tempfile

from harness import ROOT, SAMPLE, run, run_tests, test_registry

HELPER = os.path.join(ROOT, "tests", "e2e", "html")
KINDS = {"kwartaal": ("2026-Q3", "kwartaalrapportage-2026-Q3"), "jaar": ("2026", "jaarverslag-2026")}
MIN_PX = 12.0
TESTS, test = test_registry()

_dir = tempfile.mkdtemp(prefix="wr-telefoon-")
_result = {}


def measured():
    """{file name: {width: measurements}} for both sample reports, measured once."""
    if not _result:
        assert os.path.isdir(os.path.join(HELPER, "node_modules", "playwright-core")), \
            "npm ci in tests/e2e/html is needed (make test-deps does it)"
        files = []
        for kind, (folder, stem) in KINDS.items():
            r = run(kind, "--gegevens", SAMPLE, "--uitvoer", _dir)
            assert r.returncode == 0, r.stderr
            files.append(os.path.join(_dir, folder, stem + ".html"))
        r = subprocess.run(["node", os.path.join(HELPER, "phone.mjs"), *files], capture_output=True, text=True,
                           cwd=HELPER, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        for res in json.loads(r.stdout)["results"]:
            _result[os.path.basename(res["file"])] = res["widths"]
    return _result


@test
def chart_text_is_never_under_12_px():
    for name, widths in measured().items():
        for width, m in widths.items():
            assert len(m["charts"]) >= 8, (name, width, len(m["charts"]))
            for c in m["charts"]:
                assert c["drawings"] == 1, (name, width, c)  # one drawing per chart on the screen
                assert c["smallest"] >= MIN_PX, (name, width, c)


@test
def every_table_column_is_reachable_with_a_visible_cue():
    wide_on_phone = 0
    for name, widths in measured().items():
        for width, m in widths.items():
            assert m["pageOverflow"] <= 0, (name, width, "the page itself scrolls sideways", m["pageOverflow"])
            assert len(m["tables"]) >= 10, (name, width, len(m["tables"]))
            for t in m["tables"]:
                if not t["wide"]:
                    assert not t["cue"], (name, width, "a cue on a table that fits", t)
                    continue
                if width == "390":
                    wide_on_phone += 1
                assert t["cue"] and t["sticky"], (name, width, t)
                assert t["lastVisible"] and t["firstVisible"], (name, width, t)
    assert wide_on_phone >= 4, wide_on_phone  # the sample's wide tables do not fit a phone


@test
def axe_finds_no_violation_at_either_width():
    for name, widths in measured().items():
        assert set(widths) == {"390", "1280"}, widths.keys()
        for width, m in widths.items():
            assert m["axe"] == [], (name, width, m["axe"])


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e html telefoon", TESTS, cleanup=lambda: shutil.rmtree(_dir, ignore_errors=True)))
