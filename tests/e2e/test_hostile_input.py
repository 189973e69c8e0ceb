#!/usr/bin/python3
"""Issue 11 ("nothing lost, nothing leaked"), the cases a user notices on the command line,
each run on a copy of the sample export (or of the bereik fixture) in a scratch folder:

  case 3   a trajecten.csv with only its header, with a period given, warns in Dutch and
           names the file instead of giving a report of zeros in silence;
  case 5   the files of a run switch as one set: a run killed (SIGKILL) or failing after
           each step of the commit, with an exchanging rename or with two renames, leaves
           the complete old set or the complete new set, and the next run cleans up; a
           second run on a locked output folder is refused in Dutch; a folder where a report
           should go keeps the old set whole;
  case 6   a row with one ';' too many is reported by line and field count, and no
           inwoner_id of the export appears in any output: PDF text, HTML, the workbook's
           XML, cijfers.csv, or what the program prints;
  case 13  a full disk says so in Dutch and names the report's file; no English library
           line ("[ERROR]", "ERROR:", libharu codes) and no English strerror text reaches
           stderr.
Prints 'e2e vijandige invoer: N passed, N failed'."""
import csv
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile

from harness import FIXTURE, FIXTURE_CONFIG, SAMPLE, pdftext, run, run_tests, test_registry

TESTS, test = test_registry()
SCRATCH = tempfile.mkdtemp(prefix="wr-e2e-vijandig-")
NAMES = ["kwartaalrapportage-2026-Q3.pdf", "kwartaalrapportage-2026-Q3.html", "bijlage-2026-Q3.xlsx",
         "cijfers-2026-Q3-niet-openbaar.csv"]
ENGLISH = re.compile(r"\[ERROR\]|\[WARNING\]|^ERROR:|libharu|No such file|Permission denied|No space left|"
                     r"Is a directory|Not a directory|Read-only", re.M)


def scratch(name):
    path = os.path.join(SCRATCH, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


def copy_sample(name):
    path = scratch(name)
    shutil.copytree(SAMPLE, path)
    return path


def digests(folder):
    """SHA-256 of each report of the set in folder (None for a file that is missing)."""
    out = []
    for name in NAMES:
        p = os.path.join(folder, name)
        out.append(hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.isfile(p) else None)
    return out


@test
def header_only_trajecten_warns():  # case 3
    data = scratch("alleen-kop")
    os.makedirs(data)
    with open(os.path.join(SAMPLE, "trajecten.csv"), encoding="utf-8-sig") as f:
        header = f.readline()
    with open(os.path.join(data, "trajecten.csv"), "w", encoding="utf-8") as f:
        f.write(header)
    shutil.copy(os.path.join(SAMPLE, "wijkrapport.ini"), data)
    r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", scratch("alleen-kop-uit"))
    assert r.returncode == 0, r.stderr
    assert (f"Let op: {data}/trajecten.csv bevat geen trajecten, alleen een kopregel; alle cijfers over "
            f"trajecten zijn 0.") in r.stderr, r.stderr


@test
def every_row_refused_warns():  # case 3: rows, but none counts
    data = scratch("alles-fout")
    os.makedirs(data)
    with open(os.path.join(data, "trajecten.csv"), "w", encoding="utf-8") as f:
        f.write("traject_id;inwoner_id;onderdeel;wijk;aanmelddatum;reden_instroom\n"
                "T1;R1;sociaal_wijkteam;noord;31-02-2026;financien\n")
    shutil.copy(os.path.join(SAMPLE, "wijkrapport.ini"), data)
    r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", scratch("alles-fout-uit"))
    assert r.returncode == 0, r.stderr
    assert f"Let op: geen enkele regel van {data}/trajecten.csv telt mee" in r.stderr, r.stderr


REFERENCE = {}


def reference_sets():
    """Two different complete sets of the sample (another document date): A and B."""
    if REFERENCE:
        return REFERENCE
    sets = REFERENCE
    for label, epoch in (("A", "1790000000"), ("B", "1790086400")):
        out = scratch(f"referentie-{label}")
        r = run("kwartaal", "--uitvoer", out, env={"SOURCE_DATE_EPOCH": epoch})
        assert r.returncode == 0, r.stderr
        sets[label] = digests(os.path.join(out, "2026-Q3"))
    assert sets["A"] != sets["B"] and all(sets["A"]) and all(sets["B"])
    return sets


def fault_at_every_step(mode, exchange):  # case 5
    sets = reference_sets()
    env_mode = {} if exchange else {"WIJKRAPPORT_GEEN_RUIL": "1"}
    steps = 0
    for k in range(0, 20):
        out = scratch(f"fout-{mode}-{exchange}")
        period = os.path.join(out, "2026-Q3")
        r = run("kwartaal", "--uitvoer", out, env={"SOURCE_DATE_EPOCH": "1790000000", **env_mode})
        assert r.returncode == 0, r.stderr
        with open(os.path.join(period, "notities.txt"), "w") as f:
            f.write("van de controller\n")
        fault = f"{k}:kill" if mode == "kill" else str(k)
        r = run("kwartaal", "--uitvoer", out,
                env={"SOURCE_DATE_EPOCH": "1790086400", "WIJKRAPPORT_FOUT_NA": fault, **env_mode})
        if r.returncode == 0:  # k is past the last step
            assert digests(period) == sets["B"]
            break
        steps += 1
        if mode == "kill":
            assert r.returncode == -signal.SIGKILL, (k, r.returncode, r.stderr)
        else:
            assert r.returncode == 4 and "Testfout na stap" in r.stderr, (k, r.stderr)
        now = digests(period) if os.path.isdir(period) else None
        if now is None:
            # Killed between the two renames: the old set waits, whole, under a hidden name.
            assert mode == "kill" and not exchange, k
            hidden = [n for n in os.listdir(out) if ".oud-" in n]
            assert len(hidden) == 1 and digests(os.path.join(out, hidden[0])) == sets["A"], (k, os.listdir(out))
        else:
            assert now in (sets["A"], sets["B"]), (k, now)
        # The next run repairs and cleans up, and files of others stay.
        r = run("kwartaal", "--uitvoer", out, env={"SOURCE_DATE_EPOCH": "1790086400"})
        assert r.returncode == 0, r.stderr
        assert digests(period) == sets["B"], k
        assert sorted(os.listdir(out)) == ["2026-Q3"], (k, os.listdir(out))
        assert sorted(os.listdir(period)) == sorted(NAMES + ["notities.txt", "wijken"]), (k, os.listdir(period))
        assert open(os.path.join(period, "notities.txt")).read() == "van de controller\n"
    assert steps == (4 if exchange else 5), steps


@test
def killed_at_every_step_with_exchange():
    fault_at_every_step("kill", True)


@test
def killed_at_every_step_with_two_renames():
    fault_at_every_step("kill", False)


@test
def failing_at_every_step_with_exchange():
    fault_at_every_step("fout", True)


@test
def failing_at_every_step_with_two_renames():
    fault_at_every_step("fout", False)


@test
def second_run_on_locked_folder_is_refused():  # case 5
    out = scratch("slot")
    os.makedirs(out)
    holder = subprocess.Popen(["python3", "-c", "import fcntl, sys, time\n"
                               "f = open(sys.argv[1], 'w'); fcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('vast', flush=True); time.sleep(60)",
                               os.path.join(out, ".wijkrapport.lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "vast"
        r = run("kwartaal", "--uitvoer", out)
        assert r.returncode == 4, r.stderr
        assert (f"De uitvoermap {out} is in gebruik door een andere run van wijkrapport; probeer het opnieuw "
                f"als die klaar is.") in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(out, "2026-Q3"))
    finally:
        holder.kill()
        holder.wait()
    r = run("kwartaal", "--uitvoer", out)
    assert r.returncode == 0, r.stderr
    assert sorted(os.listdir(out)) == ["2026-Q3"]


@test
def folder_in_place_of_a_report_keeps_the_old_set():  # case 5
    out = scratch("map-in-de-weg")
    r = run("kwartaal", "--uitvoer", out, env={"SOURCE_DATE_EPOCH": "1790000000"})
    assert r.returncode == 0, r.stderr
    period = os.path.join(out, "2026-Q3")
    before = digests(period)
    os.remove(os.path.join(period, "cijfers-2026-Q3-niet-openbaar.csv"))
    os.makedirs(os.path.join(period, "cijfers-2026-Q3-niet-openbaar.csv", "iets"))
    before[3] = None
    r = run("kwartaal", "--uitvoer", out, env={"SOURCE_DATE_EPOCH": "1790086400"})
    assert r.returncode == 4
    assert f"{period}/cijfers-2026-Q3-niet-openbaar.csv kan niet worden vervangen: het is een map." in r.stderr, r.stderr
    assert digests(period) == before  # PDF, HTML and workbook still the old ones
    assert sorted(os.listdir(out)) == ["2026-Q3"]


def resident_keys(data):
    with open(os.path.join(data, "trajecten.csv"), encoding="utf-8-sig", newline="") as f:
        return {row["inwoner_id"] for row in csv.DictReader(f, delimiter=";") if row["inwoner_id"]}


def all_output_text(out, r):
    """Everything a run left for a reader: PDF text, HTML, cijfers.csv, every XML part of
    the workbook, and what it printed."""
    texts = [r.stdout, r.stderr]
    for root, _, files in os.walk(out):
        for name in files:
            p = os.path.join(root, name)
            if name.endswith(".pdf"):
                texts.append(pdftext(p))
                texts.append(open(p, "rb").read().decode("latin-1"))
            elif name.endswith(".xlsx"):
                with zipfile.ZipFile(p) as z:
                    texts.extend(z.read(m).decode("utf-8") for m in z.namelist())
            else:
                texts.append(open(p, encoding="utf-8").read())
    return "\n".join(texts)


def leak_check(data, row_line, period_args):
    """Shifts the columns of one row, runs every command on the export, and looks for every
    inwoner_id of the export in every output."""
    keys = resident_keys(data)
    path = os.path.join(data, "trajecten.csv")
    subprocess.run(["sed", "-i", f"{row_line}s/;/;;/", path], check=True)
    found = []
    out = scratch(os.path.basename(data) + "-uit")
    for args in (["kwartaal", *period_args[0]], ["jaar", *period_args[1]], ["controleer"]):
        r = run(*args, "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, (args, r.stderr)
        words = set(re.findall(r"[\w-]+", all_output_text(out, r)))
        found += sorted(keys & words)
    assert not found, sorted(set(found))[:10]
    # The row itself is reported, by line and field count.
    assert f"regel {row_line}" in r.stdout and "verkeerd aantal velden" in r.stdout.lower(), r.stdout


@test
def no_resident_key_in_any_output_sample():  # case 6
    leak_check(copy_sample("sleutels-voorbeeld"), 11, ([], []))


@test
def no_resident_key_in_any_output_fixture():  # case 6: the small fixture's keys are single letters
    data = scratch("sleutels-fixture")
    shutil.copytree(FIXTURE, data)
    shutil.copy(FIXTURE_CONFIG, os.path.join(data, "wijkrapport.ini"))
    with open(os.path.join(data, "trajecten.csv"), encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    # Distinct keys that cannot occur in ordinary text.
    keys = {}
    for i, line in enumerate(lines[1:], start=2):
        cols = line.split(";")
        keys.setdefault(cols[1], f"INW{len(keys) + 1:03d}X")
        cols[1] = keys[cols[1]]
        lines[i - 1] = ";".join(cols)
    with open(os.path.join(data, "trajecten.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.remove(os.path.join(data, "verwacht-cijfers-2026-Q3.csv"))
    leak_check(data, 3, (["2026-Q3"], ["2026"]))


def full_disk_run(size):
    mount = scratch(f"vol-{size}")
    os.makedirs(mount)
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mount], capture_output=True)
    if m.returncode != 0:
        return None, mount
    try:
        return run("kwartaal", "--uitvoer", os.path.join(mount, "uit")), mount
    finally:
        subprocess.run(["umount", mount], check=False)


@test
def full_disk_is_said_in_dutch():  # case 13
    # The PDF is the first file written, then the HTML, then the workbook: a disk half the
    # PDF's size stops at the PDF; one that holds the PDF and the HTML but only half the
    # workbook stops at the workbook. Sizes come from a normal run, so the test follows
    # the reports as they grow.
    normal = scratch("normaal")
    r = run("kwartaal", "--uitvoer", normal)
    assert r.returncode == 0, r.stderr
    sizes = [os.path.getsize(os.path.join(normal, "2026-Q3", n)) for n in NAMES[:3]]
    kib = lambda n: f"{n // 1024 + 1}k"
    for size, name in ((kib(sizes[0] // 2), NAMES[0]), (kib(sizes[0] + sizes[1] + 8 * 1024 + sizes[2] // 2), NAMES[2])):
        r, mount = full_disk_run(size)
        if r is None:
            print(f"  (no tmpfs can be mounted here: the full disk is checked by the unit tests only)")
            return
        assert r.returncode == 4, r.stderr
        assert f"{mount}/uit/2026-Q3/{name} kan niet worden geschreven: de schijf is vol." in r.stderr, r.stderr
        assert not ENGLISH.search(r.stderr), r.stderr
        assert ".nieuw-" not in r.stderr, r.stderr


@test
def library_error_lines_stay_off_stderr():  # case 13
    share = scratch("kapot-sjabloon")
    root = os.path.dirname(SAMPLE)
    shutil.copytree(os.path.join(root, "templates"), os.path.join(share, "templates"))
    shutil.copytree(os.path.join(root, "fonts"), os.path.join(share, "fonts"))
    with open(os.path.join(share, "templates", "kwartaalrapportage.md"), "a") as f:
        f.write("{{#CONCEPT}}\n")
    r = run("kwartaal", "--uitvoer", scratch("kapot-uit"), env={"WIJKRAPPORT_DATA": share})
    assert r.returncode == 3, r.stderr
    assert "kan niet worden ingevuld" in r.stderr, r.stderr
    assert not ENGLISH.search(r.stderr), r.stderr


@test
def system_errors_are_dutch():  # case 13: one Dutch errno table
    r = run("kwartaal", "--instellingen", os.path.join(SCRATCH, "bestaat-niet.ini"))
    assert r.returncode == 3
    assert "het instellingenbestand kan niet worden geopend (het bestand of de map bestaat niet)" in r.stderr, r.stderr
    assert not ENGLISH.search(r.stderr), r.stderr
    blocker = os.path.join(SCRATCH, "een-bestand")
    open(blocker, "w").close()
    r = run("kwartaal", "--uitvoer", os.path.join(blocker, "uit"))
    assert r.returncode == 4
    assert "kan niet worden aangemaakt (een deel van het pad is geen map)" in r.stderr, r.stderr
    assert not ENGLISH.search(r.stderr), r.stderr


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e vijandige invoer", TESTS, lambda: shutil.rmtree(SCRATCH, ignore_errors=True)))
