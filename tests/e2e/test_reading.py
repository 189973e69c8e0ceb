#!/usr/bin/python3
"""Reading the export (issue 13's reading layer, issue 11 cases 1 and 3), on copies of the
sample export in a scratch folder:

  case 1   one unbalanced quote (the issue's own sed) no longer loses the rest of
           trajecten.csv in silence: the run stops and names file and line;
  case 3   with CR-only line ends every message names its own line, as with LF; a column
           named twice in the header is refused, naming both columns;
  paths    the fast path and libcsv give the same reading: the sample export with every
           field quoted (so every line goes through libcsv) and with CRLF line ends gives
           byte-identical outputs to the export as delivered.
Prints 'e2e lezen: N passed, N failed'."""
import hashlib
import os
import re
import shutil
import tempfile

from harness import SAMPLE, run, run_tests, test_registry

TESTS, test = test_registry()
SCRATCH = tempfile.mkdtemp(prefix="wr-e2e-lezen-")


def copy_sample(name):
    path = os.path.join(SCRATCH, name)
    shutil.copytree(SAMPLE, path)
    return path


def rewrite(path, fn):
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(fn(data))


def checked(folder):
    """What controleer prints, without the folder's own name."""
    r = run("controleer", "--gegevens", folder)
    return r.returncode, r.stdout.replace(folder, "MAP"), r.stderr


@test
def case1_unbalanced_quote_stops_the_run():
    folder = copy_sample("quote")
    path = os.path.join(folder, "trajecten.csv")
    # sed -i '5s/;\([^;]*\)$/;"\1/' trajecten.csv
    def quote_line_5(data):
        lines = data.split(b"\n")
        lines[4] = re.sub(rb";([^;]*)$", rb';"\1', lines[4])
        return b"\n".join(lines)
    rewrite(path, quote_line_5)
    r = run("kwartaal", "--gegevens", folder, "--uitvoer", os.path.join(folder, "uit"))
    assert r.returncode == 1, (r.returncode, r.stderr)
    with open(path, "rb") as f:
        last_column = f.readline().count(b";") + 1  # the quote opens the last field of line 5
    assert f"{path}, regel 5, kolom {last_column}: een aanhalingsteken" in r.stderr, r.stderr
    assert not os.path.exists(os.path.join(folder, "uit", "2026-Q3")), "a report was written"
    code, _, err = checked(folder)
    assert code == 1 and "regel 5" in err, (code, err)


@test
def case3_cr_line_ends_name_their_own_lines():
    folder = copy_sample("cr")
    for name in os.listdir(folder):
        if name.endswith(".csv"):
            rewrite(os.path.join(folder, name), lambda d: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    plain = checked(SAMPLE)
    cr = checked(folder)
    assert plain[0] == cr[0] == 0, (plain, cr)
    assert cr[1] == plain[1], "controleer reads CR line ends differently:\n" + cr[1]
    lines_named = {int(n) for n in re.findall(r"regel (\d+)", cr[1])}
    assert len(lines_named) > 5 and max(lines_named) > 1000, cr[1]  # not all "regel 1"


@test
def case3_column_named_twice_is_refused():
    folder = copy_sample("twice")
    path = os.path.join(folder, "trajecten.csv")
    rewrite(path, lambda d: d.replace(b";wijk;", b";wijk;Wijk;", 1) if b";wijk;" in d[:400] else d)
    with open(path, "rb") as f:
        header = f.readline()
    assert b";Wijk;" in header, header
    # One more field on every row too, so only the header is at fault.
    lines = open(path, "rb").read().split(b"\n")
    col = header.rstrip(b"\r\n").split(b";").index(b"Wijk")
    fixed = [lines[0]] + [b";".join(l.split(b";")[:col] + [b"x"] + l.split(b";")[col:]) if l else l for l in lines[1:]]
    with open(path, "wb") as f:
        f.write(b"\n".join(fixed))
    code, _, err = checked(folder)
    assert code == 1, (code, err)
    assert f"{path}, regel 1: de kolom 'wijk' staat twee keer in de kopregel" in err, err


def quote_every_field(data):
    """Each field of each line between quotes: the same table for RFC 4180, read by libcsv
    line by line instead of the fast path. A line already quoted stays as it is."""
    out = []
    for line in data.split(b"\n"):
        if not line or b'"' in line:
            out.append(line)
            continue
        head = line.startswith(b"\xef\xbb\xbf")
        body = line[3:] if head else line
        delim = b";" if body.count(b";") >= body.count(b",") else b","
        fields = body.rstrip(b"\r").split(delim)
        quoted = delim.join(b'"' + f + b'"' for f in fields)
        out.append((b"\xef\xbb\xbf" if head else b"") + quoted + (b"\r" if body.endswith(b"\r") else b""))
    return b"\n".join(out)


def outputs(folder):
    out = os.path.join(folder, "uit")
    for kind in ("kwartaal", "jaar"):
        r = run(kind, "--gegevens", folder, "--teksten", os.path.join(SAMPLE, "teksten"), "--uitvoer", out)
        assert r.returncode == 0, r.stderr
    sums = {}
    for dirpath, _, names in os.walk(out):
        for n in names:
            with open(os.path.join(dirpath, n), "rb") as f:
                sums[os.path.relpath(os.path.join(dirpath, n), out)] = hashlib.sha256(f.read()).hexdigest()
    return sums


@test
def fast_path_and_libcsv_read_the_same():
    delivered = copy_sample("plain")
    quoted = copy_sample("quoted")
    crlf = copy_sample("crlf")
    for name in os.listdir(SAMPLE):
        if name.endswith(".csv"):
            rewrite(os.path.join(quoted, name), quote_every_field)
            rewrite(os.path.join(crlf, name), lambda d: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    want = outputs(delivered)
    assert len(want) >= 8, want
    assert outputs(quoted) == want, "quoting every field changes the outputs"
    assert outputs(crlf) == want, "CRLF line ends change the outputs"


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e lezen", TESTS, cleanup=lambda: shutil.rmtree(SCRATCH, ignore_errors=True)))
